import type { OptionSuggester } from "../core/suggestions/option-suggester.js";
import type { Logger } from "../core/logger.js";
import type { RequestPipeline } from "./request-pipeline.js";

/** What a platform adapter is built with: the shared pipeline its listeners hand requests to, and the logger. */
export interface AdapterDeps {
  pipeline: RequestPipeline;
  logger: Logger;
  /** Values to offer as someone types an option; adapters without autocomplete ignore it. */
  suggester?: OptionSuggester;
}
