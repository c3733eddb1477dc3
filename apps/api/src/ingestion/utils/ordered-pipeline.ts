/**
 * Run `prepare` up to `ahead` items in advance while `consume` handles results strictly in
 * input order: parsing overlaps database writes, and versions of one report keep their order.
 */
export async function orderedPipeline<I, P>(
  items: Iterable<I>,
  ahead: number,
  prepare: (item: I, index: number) => Promise<P>,
  consume: (prepared: P, item: I, index: number) => Promise<void>,
): Promise<void> {
  const it = items[Symbol.iterator]();
  const queue: { item: I; index: number; result: Promise<P> }[] = [];
  let index = 0;
  const fill = () => {
    while (queue.length < ahead) {
      const next = it.next();
      if (next.done) return;
      const i = index++;
      const result = prepare(next.value, i);
      result.catch(() => undefined); // consumed below; avoid an unhandled rejection meanwhile
      queue.push({ item: next.value, index: i, result });
    }
  };
  fill();
  while (queue.length > 0) {
    const head = queue.shift() as (typeof queue)[number];
    const prepared = await head.result;
    fill();
    await consume(prepared, head.item, head.index);
  }
}
