//! Per-call times recorded while criterion measures, so the summary can print ratios taken
//! from this one run.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Duration;

/// Every measured batch of every benchmark, as nanoseconds per call, keyed `group/id`.
#[derive(Debug, Default)]
pub(crate) struct Recorder {
    samples: RefCell<BTreeMap<String, Vec<f64>>>,
}

impl Recorder {
    /// Records that `calls` calls took `elapsed`.
    pub(crate) fn record(&self, key: &str, elapsed: Duration, calls: u64) {
        if calls == 0 {
            return;
        }
        let ns = elapsed.as_nanos() as f64 / calls as f64;
        self.samples.borrow_mut().entry(key.to_owned()).or_default().push(ns);
    }

    /// The median nanoseconds per call of `key`, `None` when it was not measured (filtered out).
    pub(crate) fn ns_per_call(&self, key: &str) -> Option<f64> {
        let samples = self.samples.borrow();
        let mut v = samples.get(key)?.clone();
        if v.is_empty() {
            return None;
        }
        v.sort_by(f64::total_cmp);
        let mid = v.len() / 2;
        Some(if v.len() % 2 == 1 { v[mid] } else { (v[mid - 1] + v[mid]) / 2.0 })
    }

    /// Calls per second of `key` (from the median).
    pub(crate) fn calls_per_s(&self, key: &str) -> Option<f64> {
        self.ns_per_call(key).map(|ns| 1e9 / ns)
    }
}
