// Resident memory over a benchmark run: sampled every 250 ms together with how many items were
// done at that moment, so a report can show memory per 100,000 letters and whether it stays flat.

export interface RssSample {
  seconds: number;
  done: number;
  rss: number;
}

export interface RssTimeline {
  /** Tells the timeline how many items are done now (called from progress callbacks). */
  progress(done: number): void;
  stop(): { peak: number; samples: RssSample[] };
}

export function rssTimeline(): RssTimeline {
  const started = performance.now();
  const samples: RssSample[] = [];
  let done = 0;
  let peak = process.memoryUsage.rss();
  const take = () => {
    const rss = process.memoryUsage.rss();
    peak = Math.max(peak, rss);
    samples.push({ seconds: (performance.now() - started) / 1000, done, rss });
  };
  const timer = setInterval(take, 250);
  return {
    progress(n) {
      done = n;
    },
    stop() {
      clearInterval(timer);
      take();
      return { peak, samples };
    },
  };
}

/**
 * One row per `step` items: the highest resident memory seen while those items were made and
 * the rate over that step. Shows whether memory grows with the number of items.
 */
export function perStep(
  samples: RssSample[],
  step: number,
): { upTo: number; peakRss: number; rate: number }[] {
  const rows: { upTo: number; peakRss: number; rate: number }[] = [];
  let from = { seconds: 0, done: 0 };
  let peak = 0;
  let bound = step;
  for (const sample of samples) {
    peak = Math.max(peak, sample.rss);
    if (sample.done >= bound) {
      const rate = (sample.done - from.done) / Math.max(1e-9, sample.seconds - from.seconds);
      rows.push({ upTo: bound, peakRss: peak, rate });
      from = sample;
      peak = 0;
      while (bound <= sample.done) bound += step;
    }
  }
  return rows;
}

export const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
