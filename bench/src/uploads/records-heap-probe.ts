// The records service as its own process (what services/records/dist/main.js runs), with a probe
// of its V8 heap for the upload benchmark: on IPC `reset` it collects garbage and takes the
// baseline, then samples `heapUsed` every 2 ms; on `peak` it answers the baseline and the peak.
// Run with --expose-gc.
import { records } from '@consilium/records';

let baseline = 0;
let peak = 0;
setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}, 2).unref();

process.on('message', (message: string) => {
  if (message === 'reset') {
    (globalThis as { gc?: () => void }).gc?.();
    baseline = process.memoryUsage().heapUsed;
    peak = baseline;
    process.send?.({ baseline });
  } else if (message === 'peak') {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    process.send?.({ baseline, peak });
  }
});

void records.main();
