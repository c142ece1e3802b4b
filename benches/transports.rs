//! Throughput of the dynamic kv `put` per transport: 8 `kv_client` guest instances share ONE
//! loopback connection (in-process channel, Unix socket, TCP, TLS, QUIC, NATS) and each calls
//! `put` (16-byte key, 256-byte value, four tags) against the in-memory store served in this
//! process.
//!
//! ```text
//! cargo bench -p neorun-workspace --bench transports -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! One iteration: every guest runs `run(put, PER_GUEST)` at once; criterion's throughput
//! (`Elements`) reads as calls/s. After criterion's output it prints calls/s per transport as
//! a ratio to TCP, over everything measured in this one run. NATS needs `nats-server` on PATH
//! (`.ci/nats.sh` installs it). The correctness of the same workload is the test
//! `transports` of `tests/all`.

#[path = "../tests/all/support/loopback.rs"]
mod loopback;

use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use neorun::kv::{Client, INTERFACE, Op};
use neorun::{Built, InstanceBuilder};
use neorun_workspace::guests;
use wasmtime::component::Component;

use loopback::{ServedKv, TRANSPORTS};

const INSTANCES: u32 = 8;
const PER_GUEST: u32 = 250;

/// A guest instance and its typed export.
type Guest = (Built, Client);

/// One iteration: every guest makes `PER_GUEST` puts at once; the guests come back for the
/// next iteration.
async fn iteration(guests: Vec<Guest>) -> Vec<Guest> {
    let runs = guests.into_iter().map(|(mut built, client)| {
        tokio::spawn(async move {
            let sum = client.call_run(&mut built.store, Op::Put, PER_GUEST).await;
            assert!(sum.expect("no trap").expect("the guest succeeds") > 0, "revisions from 1");
            (built, client)
        })
    });
    futures::future::join_all(runs).await.into_iter().map(|r| r.expect("a guest")).collect()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a runtime");
    eprintln!("transports: compiling the guest ...");
    let engine = neorun::host::engine().expect("an engine");
    let component = Component::new(&engine, guests::kv_client()).expect("the guest compiles");

    let mut group = criterion.benchmark_group("put_8_guests_one_connection");
    group.sample_size(10);
    group.throughput(Throughput::Elements(u64::from(INSTANCES * PER_GUEST)));
    // Calls and time per transport, over every iteration criterion ran.
    let mut totals = Vec::new();
    for kind in TRANSPORTS {
        let _enter = rt.enter();
        let (served, mut guests) = rt.block_on(async {
            let served = ServedKv::start(kind).await;
            let mut guests = Vec::new();
            for _ in 0..INSTANCES {
                let mut builder = InstanceBuilder::new(&engine, &component).expect("a builder");
                builder.link_remote_dynamic(INTERFACE, &served.conn).await.expect("linked");
                let mut built = builder.instantiate().await.expect("instantiated");
                let client = Client::new(&mut built.store, &built.instance).expect("typed");
                // Warm up: the first calls pay for lazy set-up.
                client.call_run(&mut built.store, Op::Put, 10).await.expect("no trap").unwrap();
                guests.push((built, client));
            }
            (served, guests)
        });
        let (mut calls, mut time) = (0u64, Duration::ZERO);
        group.bench_function(kind, |b| {
            b.iter_custom(|iters| {
                let start = Instant::now();
                for _ in 0..iters {
                    guests = rt.block_on(iteration(std::mem::take(&mut guests)));
                }
                let elapsed = start.elapsed();
                calls += iters * u64::from(INSTANCES * PER_GUEST);
                time += elapsed;
                elapsed
            });
        });
        // A transport left out by a filter has no figure.
        if calls > 0 {
            totals.push((kind, calls as f64 / time.as_secs_f64()));
        }
        drop(guests);
        drop(served);
    }
    group.finish();
    criterion.final_summary();

    // Without the TCP row (filtered out) the ratios are NaN; the calls/s remain.
    let tcp = totals.iter().find(|t| t.0 == "tcp").map_or(f64::NAN, |t| t.1);
    println!(
        "dynamic kv put, {INSTANCES} guests x {PER_GUEST} calls per iteration, one connection:"
    );
    println!("| transport | calls/s | ratio to tcp |\n| --- | ---: | ---: |");
    for (kind, rate) in &totals {
        println!("| {kind} | {rate:.0} | {:.2} |", rate / tcp);
    }
}
