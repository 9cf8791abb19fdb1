// The server-only specs refuse to run without a PostgreSQL server: they create roles and
// databases that the embedded default cannot hold.
export default async function globalSetup() {
  if (!process.env.TEST_DATABASE_URL) {
    throw new Error(
      'test:server needs TEST_DATABASE_URL, a PostgreSQL server database it may create roles and databases from',
    );
  }
  process.env.ETHICS_TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
  process.env.ETHICS_TEST_DATABASE_KIND = 'server';
}
