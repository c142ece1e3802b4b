//! RPC over NATS: two servers in one queue group share the connections of many clients, and
//! when one stops, its clients reconnect to the survivor and their calls go on.

#![cfg(feature = "nats")]

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;
use futures::FutureExt;
use futures::future::BoxFuture;
use neopack::schema::{Function, Interface, Type};
use neopack::{Decoder, Encoder, Limits};
use neorun::rpc::{Backoff, ClientConfig, Connection, Failure, ServerConfig, Service, serve};
use neorun::transport::Connector;
use neorun::transport::nats::{NatsConnector, NatsListener};
use tokio::task::JoinHandle;

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), f).await.expect("test step timed out")
}

fn iface() -> Interface {
    Interface::new(
        "neorun:test/echo@0.1.0",
        vec![Function::new("echo", [("x", Type::U32)], Some(Type::U32))],
    )
}

/// Answers `x + offset` (so a client sees which server answered), counting its calls.
struct Echo(Vec<Interface>, Arc<AtomicUsize>, u32);

impl Service for Echo {
    fn interfaces(&self) -> &[Interface] {
        &self.0
    }

    fn call(&self, _: usize, _: usize, args: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        self.1.fetch_add(1, Ordering::SeqCst);
        let mut d = Decoder::new(&args, Limits::default()).unwrap();
        d.begin_record().unwrap();
        let x = d.u32().unwrap();
        let mut enc = Encoder::new();
        enc.u32(x + self.2).unwrap();
        futures::future::ready(Ok(Bytes::copy_from_slice(enc.finish().unwrap()))).boxed()
    }
}

fn args(x: u32) -> Vec<u8> {
    let mut enc = Encoder::new();
    enc.begin_record(1).unwrap();
    enc.u32(x).unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

/// What server B adds to each answer; server A adds nothing.
const B: u32 = 1_000_000;

async fn server(
    nats: &crate::support::nats::NatsServer,
    count: Arc<AtomicUsize>,
    offset: u32,
) -> JoinHandle<()> {
    let listener = NatsListener::bind(nats.client().await, "echo").await.unwrap();
    let echo = Echo(vec![iface()], count, offset);
    let serving = serve(listener, Arc::new(echo), ServerConfig::default());
    tokio::spawn(async move {
        let _ = serving.await;
    })
}

/// Every client calls `echo` `n` times; each answer must be its own argument, plus the
/// offset of the server that answered. Returns, per client, whether server A answered it.
async fn call_all(bindings: &[neorun::rpc::Binding], n: u32) -> Vec<bool> {
    let calls = bindings.iter().enumerate().flat_map(|(c, b)| {
        (0..n).map(move |i| {
            let x = u32::try_from(c).unwrap() * 1000 + i;
            b.call(0, &args(x), None).map(move |r| (c, x, r))
        })
    });
    let mut on_a = vec![false; bindings.len()];
    for (c, x, r) in bounded(futures::future::join_all(calls)).await {
        let r = r.unwrap_or_else(|e| panic!("call {x}: {e}"));
        let got = Decoder::new(&r, Limits::default()).unwrap().u32().unwrap();
        assert!(got == x || got == x + B, "call {x} answered {got}");
        on_a[c] |= got == x;
    }
    on_a
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_spread_over_a_queue_group_and_go_on_when_one_server_stops() {
    const CLIENTS: usize = 16;
    let nats = crate::support::nats::NatsServer::start();
    let (a_count, b_count) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let a = server(&nats, a_count.clone(), 0).await;
    let _b = server(&nats, b_count.clone(), B).await;

    let mut config = ClientConfig::default();
    config.reconnect = Backoff::new(Duration::from_millis(10), Duration::from_millis(200));
    let mut bindings = Vec::new();
    for _ in 0..CLIENTS {
        let connector: Arc<dyn Connector> =
            Arc::new(NatsConnector::new(nats.client().await, "echo"));
        let conn = bounded(Connection::connect(connector, config.clone())).await.unwrap();
        bindings.push(bounded(conn.bind(&iface())).await.unwrap());
    }
    let on_a = call_all(&bindings, 10).await;
    let (before_a, before_b) = (a_count.load(Ordering::SeqCst), b_count.load(Ordering::SeqCst));
    assert_eq!(before_a + before_b, CLIENTS * 10);
    assert!(before_a > 0 && before_b > 0, "both servers got connections: {before_a} / {before_b}");

    // Stop A: its connections send `close`, their clients reconnect, to B: the only member
    // of the queue group left. Calls sent before a client saw the close would fail as "may
    // have executed", so wait until A's clients are on their second connection.
    a.abort();
    let _ = a.await;
    bounded(async {
        while bindings.iter().zip(&on_a).any(|(b, &a)| a && b.connection().connections() < 2) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    let on_a = call_all(&bindings, 10).await;
    assert!(on_a.iter().all(|&a| !a), "only B answers now");
    assert_eq!(a_count.load(Ordering::SeqCst), before_a, "a stopped server answers nothing");
    assert_eq!(b_count.load(Ordering::SeqCst), before_b + CLIENTS * 10, "the survivor took all");
}
