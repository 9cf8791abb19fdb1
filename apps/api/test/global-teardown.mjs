export default async function globalTeardown() {
  const child = globalThis.__ETHICS_PGLITE__;
  if (!child || child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}
