//! A unit of work a benchmark repeats: `n` calls of one kind, and the criterion glue that sizes
//! `n` and records per-call times.

use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Throughput};
use futures::future::LocalBoxFuture;
use tokio::runtime::Runtime;

use super::record::Recorder;

/// Something that makes `n` calls, one batch at a time.
pub(crate) trait Calls {
    /// Makes exactly `n` calls. Panics when a call fails: a failing path is a broken benchmark.
    fn run(&mut self, n: u32) -> LocalBoxFuture<'_, ()>;
}

/// Splits `n` calls among `k` callers: the first `n % k` make one more.
pub(crate) fn split(n: u32, k: usize) -> impl Iterator<Item = u32> {
    let k32 = u32::try_from(k.max(1)).unwrap_or(u32::MAX);
    (0..k32).map(move |i| n / k32 + u32::from(i < n % k32))
}

/// The batch size that makes one benchmark iteration last about `target`.
fn calibrate(rt: &Runtime, calls: &mut dyn Calls, target: Duration, floor: u32) -> u32 {
    const PROBE: u32 = 64;
    rt.block_on(calls.run(PROBE));
    let start = Instant::now();
    rt.block_on(calls.run(PROBE));
    let per_call = start.elapsed().as_secs_f64() / f64::from(PROBE);
    let n = (target.as_secs_f64() / per_call.max(1e-9)) as u64;
    u32::try_from(n).unwrap_or(u32::MAX).clamp(floor, 1 << 20)
}

/// A benchmark group, its name (for the recorder) and the runtime-independent settings.
pub(crate) struct Bench<'a, 'g> {
    /// The criterion group.
    pub(crate) group: &'a mut BenchmarkGroup<'g, WallTime>,
    /// Its name, the first half of every recorded key.
    pub(crate) name: &'static str,
    /// Where per-call times go.
    pub(crate) recorder: &'a Recorder,
    /// How long one iteration (one batch of calls) should last.
    pub(crate) target: Duration,
    /// The smallest batch (the number of concurrent callers, so each makes at least one call).
    pub(crate) floor: u32,
}

impl Bench<'_, '_> {
    /// Benchmarks `calls` as `id`, driven by `rt`: per iteration one batch of `n` calls, with
    /// `n` sized to the target and reported as criterion throughput (calls/s).
    pub(crate) fn run(&mut self, id: &str, rt: &Runtime, calls: &mut dyn Calls) {
        let n = calibrate(rt, calls, self.target, self.floor);
        let key = format!("{}/{id}", self.name);
        let recorder = self.recorder;
        self.group.throughput(Throughput::Elements(u64::from(n)));
        self.group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                rt.block_on(async {
                    for _ in 0..iters {
                        calls.run(n).await;
                    }
                });
                let elapsed = start.elapsed();
                recorder.record(&key, elapsed, iters * u64::from(n));
                elapsed
            });
        });
    }
}
