//! What the RPC layer alone costs per call: a `noop` function (no arguments, unit result) of a
//! native service, called over the in-process channel transport with the client, the server
//! and the connection driver on one thread. No wasm, no network.
//!
//! ```text
//! cargo bench -p neorun-workspace --bench rpc_calls -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! - `sequential`: one call at a time, each awaited before the next.
//! - `pipelined_256`: 256 calls in flight, awaited together, batch after batch.
//!
//! Criterion's throughput (`Elements`) reads as calls/s.

use std::sync::Arc;
use std::time::Instant;

use bytes::Bytes;
use criterion::{Criterion, Throughput};
use futures::future::BoxFuture;
use neorun::neopack::schema::{Function, Interface};
use neorun::neopack::{Encoder, tag};
use neorun::rpc::{ClientConfig, Connection, Failure, ServerConfig, Service, serve_connection};
use neorun::transport::channel;

/// Calls per iteration.
const CALLS: u32 = 1_024;
/// Calls in flight at once in the pipelined case.
const IN_FLIGHT: u32 = 256;

/// One interface with one function, `noop: func()`, answered at once.
struct Noop(Vec<Interface>);

impl Service for Noop {
    fn interfaces(&self) -> &[Interface] {
        &self.0
    }

    fn call(&self, _: usize, _: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        Box::pin(futures::future::ready(Ok(Bytes::from_static(&[tag::UNIT]))))
    }
}

/// The arguments of `noop`: an empty record.
fn no_args() -> Vec<u8> {
    let mut enc = Encoder::new();
    enc.begin_record(0).expect("a record");
    enc.end_record().expect("closed");
    enc.finish().expect("complete").to_vec()
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    let iface =
        Interface::new("neorun:bench/noop@0.1.0", vec![Function::new::<&str>("noop", [], None)]);
    let binding = rt.block_on(async {
        let (client, server) = channel::pair(1 << 20);
        let service = Arc::new(Noop(vec![iface.clone()]));
        tokio::spawn(serve_connection(server, service, ServerConfig::default()));
        let conn = Connection::over(client, ClientConfig::default()).expect("connected");
        conn.bind(&iface).await.expect("bound")
    });
    let args = no_args();

    let mut group = criterion.benchmark_group("rpc_noop_channel_one_thread");
    group.throughput(Throughput::Elements(u64::from(CALLS)));
    group.bench_function("sequential", |b| {
        b.iter_custom(|iters| {
            rt.block_on(async {
                let start = Instant::now();
                for _ in 0..iters * u64::from(CALLS) {
                    binding.call(0, &args, None).await.expect("noop answers");
                }
                start.elapsed()
            })
        });
    });
    group.bench_function(format!("pipelined_{IN_FLIGHT}"), |b| {
        b.iter_custom(|iters| {
            rt.block_on(async {
                let start = Instant::now();
                for _ in 0..iters * u64::from(CALLS / IN_FLIGHT) {
                    let calls = (0..IN_FLIGHT).map(|_| binding.call(0, &args, None));
                    for r in futures::future::join_all(calls).await {
                        r.expect("noop answers");
                    }
                }
                start.elapsed()
            })
        });
    });
    group.finish();
    criterion.final_summary();
}
