//! Every transport serves concurrent guests correctly: 8 `kv_client` guest instances share ONE
//! loopback connection of the transport, each calls `put` `PUTS` times at the same time, against
//! a fresh in-memory store served in this process. The store gives every successful `put` the
//! next store-wide revision from 1 and each guest returns the sum of the revisions it saw, so
//! the guests' sums add up to `1 + 2 + ... + 8 × PUTS` exactly when every call was answered,
//! once, with its own result.
//!
//! The throughput of the same workload per transport is a benchmark: `benches/transports.rs`.

use std::sync::LazyLock;
use std::time::Duration;

use neorun::InstanceBuilder;
use neorun::kv::{Client, INTERFACE, Op};
use neorun_workspace::guests;
use wasmtime::Engine;
use wasmtime::component::Component;

use crate::support::loopback::{ServedKv, TRANSPORTS};

const INSTANCES: u64 = 8;
const PUTS: u32 = 50;
const LIMIT: Duration = Duration::from_secs(120);

/// The engine and the compiled guest, shared by the tests of this module (compiling a
/// component in a debug build is slow).
static GUEST: LazyLock<(Engine, Component)> = LazyLock::new(|| {
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    (engine, component)
});

/// Runs the workload over transport `kind` and checks the revisions' sum.
async fn concurrent_puts_are_each_answered_once(kind: &str) {
    let (engine, component) = &*GUEST;
    let served = ServedKv::start(kind).await;
    let mut runs = Vec::new();
    for _ in 0..INSTANCES {
        let mut builder = InstanceBuilder::new(engine, component).unwrap();
        builder.link_remote_dynamic(INTERFACE, &served.conn).await.unwrap();
        let mut built = builder.instantiate().await.unwrap();
        let client = Client::new(&mut built.store, &built.instance).unwrap();
        runs.push(async move { client.call_run(&mut built.store, Op::Put, PUTS).await });
    }
    let mut sum = 0;
    for run in futures::future::join_all(runs.into_iter().map(tokio::spawn)).await {
        let revisions = run.expect("a guest task panicked").expect("no trap");
        sum += revisions.unwrap_or_else(|e| panic!("{kind}: the guest reported {e}"));
    }
    let total = INSTANCES * u64::from(PUTS);
    assert_eq!(sum, total * (total + 1) / 2, "{kind}: revisions lost, repeated or misdelivered");
}

macro_rules! transport_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let kind = stringify!($name);
                assert!(TRANSPORTS.contains(&kind), "{kind} is not a transport of the table");
                tokio::time::timeout(LIMIT, concurrent_puts_are_each_answered_once(kind))
                    .await
                    .unwrap_or_else(|_| panic!("{kind} took too long"));
            }
        )*
        /// The tests above cover every transport of the table.
        #[test]
        fn every_transport_has_a_test() {
            let tested = [$(stringify!($name)),*];
            assert_eq!(tested, TRANSPORTS);
        }
    };
}

transport_tests!(channel, unix, tcp, tls, quic, nats);
