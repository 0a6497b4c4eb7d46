/**
 * Weight rows with their zeros left out. A model row holds a weight for each of the model's
 * classes, but a word has weights for a few of them (seven of 26 on average): adding only those
 * to a sentence's logits is a quarter of the work. Adding zero changes no sum, and each class's
 * weights are still added in the same order, so the logits are the same numbers.
 */
export interface SparseRows {
  /** Row r's entries are cls[from[r] .. from[r + 1]) with weights wt[…] at the same places. */
  from: Int32Array;
  cls: Int32Array;
  wt: Float64Array;
}

/** The rows (an absent row has no entries) without their zero weights. */
export function sparseRows(rows: ReadonlyArray<Float64Array | undefined>, count = rows.length): SparseRows {
  const from = new Int32Array(count + 1);
  const cls: number[] = [];
  const wt: number[] = [];
  for (let r = 0; r < count; r++) {
    const row = rows[r];
    if (row) for (let k = 0; k < row.length; k++) if (row[k] !== 0) { cls.push(k); wt.push(row[k]!); }
    from[r + 1] = cls.length;
  }
  return { from, cls: Int32Array.from(cls), wt: Float64Array.from(wt) };
}

/** Adds row r of `rows` to the logits `z`. */
export function addRow(z: Float64Array, rows: SparseRows, r: number): void {
  const { cls, wt } = rows;
  for (let j = rows.from[r]!, end = rows.from[r + 1]!; j < end; j++) z[cls[j]!]! += wt[j]!;
}
