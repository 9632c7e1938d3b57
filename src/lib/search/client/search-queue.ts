/** Searches run one after another; one that a newer one overtook is skipped. */
export class SearchQueue {
  private run = 0;
  private queue: Promise<void> = Promise.resolve();

  /** Queues `search`, after `delay` ms; `isCurrent` says whether a newer one was queued since. */
  add(search: (isCurrent: () => boolean) => Promise<void>, delay = 0): void {
    const mine = ++this.run;
    const isCurrent = () => mine === this.run;
    // The pause runs beside the queue, not in it: queued pauses would add up,
    // and the last keystroke's search would wait for every earlier one's.
    const paused = delay ? new Promise((resolve) => setTimeout(resolve, delay)) : undefined;
    this.queue = Promise.all([this.queue, paused])
      .then(() => search(isCurrent))
      .catch((error: unknown) => console.error(error));
  }
}
