export const settingKeys = {
  all: ['settings'] as const,
  serviceCatalogue: () => [...settingKeys.all, 'service-catalogue'] as const,
};
