import 'reflect-metadata';
import { createRootLogger } from './common/logger';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { startServer } from './server';

/** Exit code for bad configuration (EX_CONFIG), so supervisors do not restart in a loop. */
const EXIT_CONFIG = 78;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
  const logger = createRootLogger(config.logLevel);
  const server = await startServer(config, logger);
  await server.app.listen(config.port, config.host);
  logger.info(
    {
      url: `http://${config.host}:${config.port}`,
      database: server.database.embedded ? 'embedded' : 'server',
      startedInMs: Math.round(performance.now()),
    },
    'ethics case tracker is listening',
  );
}

main().catch((error: unknown) => {
  console.error('failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
