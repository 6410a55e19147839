import type { Logger } from "./core/logger.js";

/** On Ctrl-C or a service manager's TERM: run `stop` once (adapters, scheduler, database), then exit. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error("stop.failed", { error: err instanceof Error ? err.message : String(err) });
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
}
