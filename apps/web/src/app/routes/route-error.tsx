import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/**
 * Last resort for a page that failed to render or to load, most often a chunk that a newer
 * deployment replaced: reloading fetches the current one.
 */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error)
    ? `${String(error.status)} ${error.statusText}`
    : 'The page failed to load. Reloading usually fixes this.';
  return (
    <Center mih="60vh" p="md">
      <Alert color="red" variant="light" role="alert" title="Something went wrong" maw={480}>
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{message}</Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => {
              window.location.reload();
            }}
          >
            Reload
          </Button>
        </Stack>
      </Alert>
    </Center>
  );
}
