/** The invalid fields a problem lists, each once. */
export const fieldsOf = (body: { errors?: { field: string }[] }) => [
  ...new Set((body.errors ?? []).map((error) => error.field)),
];
