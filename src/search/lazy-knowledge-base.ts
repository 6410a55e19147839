import type { KnowledgeBase } from "../core/knowledge/knowledge-base.js";

/** The knowledge base `load` returns, loaded at its first use: a process that never answers a question never indexes. */
export function lazyKnowledgeBase(load: () => KnowledgeBase): KnowledgeBase {
  return {
    get states() {
      return load().states;
    },
    entries: () => load().entries(),
    get: (id) => load().get(id),
    knows: (term) => load().knows(term),
    termWeight: (term) => load().termWeight(term),
    search: (question, limit, neighbours) => load().search(question, limit, neighbours),
  };
}
