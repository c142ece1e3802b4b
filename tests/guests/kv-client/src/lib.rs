//! A client of the `neorun:kv/store` interface: benchmark loops and a scripted self-test.
//!
//! `run(op, n)`:
//! - `noop`: calls `noop` `n` times; the checksum is `n`.
//! - `get`: calls `get` with the 16-byte [`BENCH_KEY`] `n` times; the checksum is the sum of
//!   the returned value lengths (0 when the key is absent).
//! - `put`: calls `put` `n` times with the bench entry (16-byte key, 256-byte value, four 8-byte
//!   tags, `version` = the iteration number); the checksum is the sum of the returned revisions.
//! - `selftest`: runs the script in [`selftest`] (`n` is ignored) and returns the number of
//!   checks that passed.

mod selftest;

use neorun::kv::store::{self, Entry};

wit_bindgen::generate!({
    world: "neorun:kv/client",
    path: "../../../neorun/wit",
    additional_derives: [PartialEq],
});

/// The key of the `get` and `put` benchmarks: exactly 16 bytes.
const BENCH_KEY: &str = "bench-key-000001";

/// The entry of the `put` benchmark, with `version` 0.
fn bench_entry() -> Entry {
    Entry {
        key: BENCH_KEY.to_owned(),
        value: (0..=255u8).collect(),
        tags: (0..4).map(|i| format!("tag-{i:04}")).collect(),
        version: 0,
    }
}

struct Client;

impl Guest for Client {
    fn run(op: Op, n: u32) -> Result<u64, String> {
        match op {
            Op::Noop => {
                for _ in 0..n {
                    store::noop();
                }
                Ok(u64::from(n))
            }
            Op::Get => {
                let mut sum = 0u64;
                for _ in 0..n {
                    if let Some(entry) = store::get(BENCH_KEY) {
                        // A usize always fits in a u64 on wasm32.
                        sum += entry.value.len() as u64;
                    }
                }
                Ok(sum)
            }
            Op::Put => {
                let mut entry = bench_entry();
                let mut sum = 0u64;
                for i in 0..n {
                    entry.version = u64::from(i);
                    match store::put(&entry) {
                        Ok(revision) => sum = sum.wrapping_add(revision),
                        Err(e) => return Err(format!("put {i}: {e:?}")),
                    }
                }
                Ok(sum)
            }
            Op::Selftest => selftest::run().map(u64::from),
        }
    }
}

export!(Client);
