// Logistic and softmax regression by plain full-batch gradient descent: deterministic (no sampling, fixed steps),
// so running the build twice writes the same table. Each example has dense features (its mean word vector) and
// sparse ones (each of its words' share of it): the dense weights reach words never seen in training, the sparse
// ones correct the vectors for words that were.

export interface Features {
  dense: Float64Array;
  /** [word index, share] pairs. */
  sparse: [number, number][];
}

export interface LinearModel {
  dense: Float64Array;
  sparse: Float64Array;
  bias: number;
}

export interface TrainOptions {
  steps: number;
  learningRate: number;
  /** L2 penalty on the dense weights. */
  l2: number;
  /** L2 penalty on the per-word weights: higher keeps a word's score near what its vector says. */
  l2Words: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function logit(model: LinearModel, x: Features): number {
  let sum = model.bias;
  for (let d = 0; d < x.dense.length; d++) sum += model.dense[d]! * x.dense[d]!;
  for (const [index, share] of x.sparse) sum += model.sparse[index]! * share;
  return sum;
}

function emptyModel(dims: number, words: number): LinearModel {
  return { dense: new Float64Array(dims), sparse: new Float64Array(words), bias: 0 };
}

/** One gradient step from per-example errors (prediction minus target, already weighted). */
function step(model: LinearModel, examples: Features[], errors: number[], { learningRate, l2, l2Words }: TrainOptions): void {
  const gradient = emptyModel(model.dense.length, model.sparse.length);
  examples.forEach((x, i) => {
    const error = errors[i]!;
    for (let d = 0; d < x.dense.length; d++) gradient.dense[d]! += error * x.dense[d]!;
    for (const [index, share] of x.sparse) gradient.sparse[index]! += error * share;
    gradient.bias += error;
  });
  const n = examples.length;
  for (let d = 0; d < model.dense.length; d++) model.dense[d]! -= learningRate * (gradient.dense[d]! / n + l2 * model.dense[d]!);
  for (let w = 0; w < model.sparse.length; w++) model.sparse[w]! -= learningRate * (gradient.sparse[w]! / n + l2Words * model.sparse[w]!);
  model.bias -= (learningRate * gradient.bias) / n;
}

/** Binary logistic regression; `positiveWeight` is how much more a positive example counts in the loss than a negative. */
export function trainLogistic(examples: Features[], labels: boolean[], words: number, positiveWeight: number, options: TrainOptions & { steps: number }): LinearModel {
  const model = emptyModel(examples[0]!.dense.length, words);
  for (let s = 0; s < options.steps; s++) {
    const errors = examples.map((x, i) => (sigmoid(logit(model, x)) - (labels[i] ? 1 : 0)) * (labels[i] ? positiveWeight : 1));
    step(model, examples, errors, options);
  }
  return model;
}

/** Softmax regression over `classes` labels (0..classes-1): one linear model per class. */
export function trainSoftmax(examples: Features[], labels: number[], classes: number, words: number, options: TrainOptions & { steps: number }): LinearModel[] {
  const models = Array.from({ length: classes }, () => emptyModel(examples[0]!.dense.length, words));
  for (let s = 0; s < options.steps; s++) {
    const probabilities = examples.map((x) => {
      const logits = models.map((m) => logit(m, x));
      const top = Math.max(...logits);
      const exps = logits.map((z) => Math.exp(z - top));
      const total = exps.reduce((a, b) => a + b, 0);
      return exps.map((e) => e / total);
    });
    models.forEach((m, k) => step(m, examples, probabilities.map((p, i) => p[k]! - (labels[i] === k ? 1 : 0)), options));
  }
  return models;
}
