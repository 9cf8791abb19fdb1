import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { useSession } from '../../lib/session';

const HOME = '/';

/** Where to go after signing in: back where the session ended, else the person's start page. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const { from } = state;
    // Only paths inside this app, never another origin (`//host`) or the sign-in page itself.
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in')) {
      return from;
    }
  }
  return HOME;
}

export function SignInPage() {
  useDocumentTitle('Sign in · Ethics case tracker');
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const target = returnPath(location.state);

  if (session !== null) return <Navigate to={target} replace />;

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={400}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h3">
              Sign in
            </Title>
            <Text c="dimmed" size="sm">
              Ethics and policy-enforcement case tracker
            </Text>
          </Stack>
          <SignInForm onSignedIn={() => void navigate(target, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
