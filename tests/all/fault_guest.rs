//! Faults seen by a real guest (the `kv_client` component, dynamic stubs over TCP on
//! 127.0.0.1): a guest task dropped mid-call cancels its call on the server, and a lying peer
//! costs at most the affected call — the guest traps with an error naming the cause, the
//! connection (or, after a broken stream, its successor) serves the next call, and the process
//! survives. Every await is bounded.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bytes::Bytes;
use futures::FutureExt;
use futures::future::BoxFuture;
use neorun::kv::remote::store::schema;
use neorun::kv::{Client, INTERFACE, Op};
use neorun::neopack::schema::Interface;
use neorun::neopack::{Encoder, Limits, tag};
use neorun::rpc::frame::{Frame, Outcome, Reply, VERSION, Welcome, WelcomeEntry};
use neorun::rpc::{
    CallError, CallFailure, ClientConfig, Connection, Failure, ServerConfig, Service, serve,
};
use neorun::transport::Connector;
use neorun::transport::tcp::{TcpConnector, TcpListener};
use neorun::{InstanceBuilder, LinkError};
use neorun_workspace::guests;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;
use wasmtime::Engine;
use wasmtime::component::Component;

const LIMIT: Duration = Duration::from_secs(30);

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(LIMIT, f).await.expect("test step timed out")
}

/// Runs `kv_client`'s `run(op, n)` linked to `conn`; `Err` carries the trap's message.
async fn run_guest(engine: &Engine, conn: &Connection, op: Op, n: u32) -> Result<u64, String> {
    let component = Component::new(engine, guests::kv_client()).map_err(|e| e.to_string())?;
    let mut builder = InstanceBuilder::new(engine, &component).map_err(|e| e.to_string())?;
    builder.link_remote_dynamic(INTERFACE, conn).await.map_err(|e: LinkError| e.to_string())?;
    let mut built = builder.instantiate().await.map_err(|e| e.to_string())?;
    let client = Client::new(&mut built.store, &built.instance).map_err(|e| e.to_string())?;
    match client.call_run(&mut built.store, op, n).await {
        Ok(r) => r,
        Err(trap) => Err(format!("{trap:?}")),
    }
}

/// Serves the kv schema; the first `noop` blocks until dropped (reporting start and drop),
/// later ones return at once.
struct BlockingKv {
    ifaces: Vec<Interface>,
    blocked_once: AtomicBool,
    started: mpsc::UnboundedSender<()>,
    dropped: mpsc::UnboundedSender<()>,
}

struct OnDrop(mpsc::UnboundedSender<()>);

impl Drop for OnDrop {
    fn drop(&mut self) {
        let _ = self.0.send(());
    }
}

impl Service for BlockingKv {
    fn interfaces(&self) -> &[Interface] {
        &self.ifaces
    }

    fn call(&self, _: usize, func: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let unit = Bytes::from_static(&[tag::UNIT]);
        if self.ifaces[0].functions[func].name != "noop" {
            return futures::future::ready(Err(Failure::handler("not in this test"))).boxed();
        }
        if self.blocked_once.swap(true, Ordering::SeqCst) {
            return futures::future::ready(Ok(unit)).boxed();
        }
        let _ = self.started.send(());
        let guard = OnDrop(self.dropped.clone());
        async move {
            let _guard = guard;
            futures::future::pending::<()>().await;
            Ok(unit)
        }
        .boxed()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_a_guest_task_mid_call_cancels_the_call_on_the_server() {
    let engine = neorun::host::engine().unwrap();
    let (started_tx, mut started) = mpsc::unbounded_channel();
    let (dropped_tx, mut dropped) = mpsc::unbounded_channel();
    let service = BlockingKv {
        ifaces: vec![schema().clone()],
        blocked_once: AtomicBool::new(false),
        started: started_tx,
        dropped: dropped_tx,
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    tokio::spawn(serve(listener, Arc::new(service), ServerConfig::default()));
    let conn = Connection::over(
        bounded(TcpConnector::new(&addr).connect()).await.unwrap(),
        ClientConfig::default(), // 30 s default deadline: only a cancel ends the work sooner
    )
    .unwrap();

    let guest = {
        let (engine, conn) = (engine.clone(), conn.clone());
        tokio::spawn(async move { run_guest(&engine, &conn, Op::Noop, 1).await })
    };
    bounded(started.recv()).await.expect("the call reached the server");
    guest.abort(); // drops the store, the instance and the pending host call
    assert!(guest.await.unwrap_err().is_cancelled());
    tokio::time::timeout(Duration::from_secs(5), dropped.recv())
        .await
        .expect("the server dropped the work after the cancel")
        .unwrap();
    // The connection goes on serving.
    assert_eq!(bounded(run_guest(&engine, &conn, Op::Noop, 3)).await, Ok(3));
}

/// Answers every call with a `handler-failed` failure.
struct FailingKv(Vec<Interface>);

impl Service for FailingKv {
    fn interfaces(&self) -> &[Interface] {
        &self.0
    }

    fn call(&self, _: usize, _: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        futures::future::ready(Err(Failure::handler("disk full"))).boxed()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_remote_call_states_its_cause_in_the_first_line_of_the_trap() {
    let engine = neorun::host::engine().unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    let service = Arc::new(FailingKv(vec![schema().clone()]));
    tokio::spawn(serve(listener, service, ServerConfig::default()));
    let conn = Connection::over(
        bounded(TcpConnector::new(&addr).connect()).await.unwrap(),
        ClientConfig::default(),
    )
    .unwrap();
    let component = Component::new(&engine, guests::kv_client()).unwrap();
    let mut builder = InstanceBuilder::new(&engine, &component).unwrap();
    bounded(builder.link_remote_dynamic(INTERFACE, &conn)).await.unwrap();
    let mut built = bounded(builder.instantiate()).await.unwrap();
    let client = Client::new(&mut built.store, &built.instance).unwrap();

    // The error `call_async` returns, as `main` returning it or `{}` would print it.
    let err = bounded(client.call_run(&mut built.store, Op::Noop, 1)).await.unwrap_err();
    let shown = err.to_string();
    assert_eq!(
        shown.lines().next(),
        Some(
            "interface `neorun:kv/store@0.1.0`, function `noop`: peer failure: handler-failed \
             (code 5): disk full"
        ),
        "{err:?}"
    );
    let call = err.downcast_ref::<CallError>().expect("the trap's error is the call error");
    assert_eq!((call.interface.as_str(), call.function.as_str()), (INTERFACE, "noop"));
    assert!(
        matches!(&call.kind, CallFailure::Remote(f) if f.message == "disk full"),
        "{:?}",
        call.kind
    );
}

/// How the lying server answers the first call it gets.
#[derive(Clone, Copy, Debug)]
enum Lie {
    /// A `u32` where `noop` returns unit.
    WrongResultType,
    /// The reply frame cut short (its call id still readable).
    TruncatedReply,
    /// A length prefix announcing a 4 GiB frame.
    HugeLengthPrefix,
    /// A frame of random bytes, and never a reply.
    RandomBytes,
    /// A reply for a call id that was never used, then the true reply.
    UnknownCallId,
}

fn encode(frame: &Frame<'_>) -> Vec<u8> {
    frame.encode(&mut Encoder::new()).unwrap().to_vec()
}

async fn write_frame(s: &mut TcpStream, body: &[u8]) -> std::io::Result<()> {
    s.write_all(&u32::try_from(body.len()).unwrap().to_le_bytes()).await?;
    s.write_all(body).await
}

/// A hand-written server: handshakes honestly, lies about the first call of the whole
/// server, answers later calls honestly.
async fn lying_server(lie: Lie) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let lied = Arc::new(AtomicBool::new(false));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(serve_lying(stream, lie, lied.clone()));
        }
    });
    addr
}

async fn serve_lying(mut s: TcpStream, lie: Lie, lied: Arc<AtomicBool>) -> std::io::Result<()> {
    let unit = [tag::UNIT];
    loop {
        let mut head = [0u8; 4];
        s.read_exact(&mut head).await?;
        let mut body = vec![0; u32::from_le_bytes(head) as usize];
        s.read_exact(&mut body).await?;
        match Frame::decode(&body, Limits::default()).expect("the client sends valid frames") {
            Frame::Hello(h) => {
                let n = h.interfaces[0].functions.len();
                let funcs = (0..u32::try_from(n).unwrap()).collect();
                let welcome = Welcome {
                    version: VERSION,
                    max_frame: 1 << 20,
                    max_in_flight: 64,
                    max_depth: 64,
                    max_items: 1 << 22,
                    frame_timeout_ms: 0,
                    idle_timeout_ms: 0,
                    interfaces: vec![WelcomeEntry::Accepted { iface: 0, funcs }],
                };
                write_frame(&mut s, &encode(&Frame::Welcome(welcome))).await?;
            }
            Frame::Call(c) => {
                let honest = encode(&Frame::Reply(Reply { id: c.id, outcome: Outcome::Ok(&unit) }));
                if lied.swap(true, Ordering::SeqCst) {
                    write_frame(&mut s, &honest).await?;
                    continue;
                }
                match lie {
                    Lie::WrongResultType => {
                        let mut v = Encoder::new();
                        v.u32(7).unwrap();
                        let value = v.finish().unwrap().to_vec();
                        let outcome = Outcome::Ok(&value);
                        write_frame(&mut s, &encode(&Frame::Reply(Reply { id: c.id, outcome })))
                            .await?;
                    }
                    Lie::TruncatedReply => write_frame(&mut s, &honest[..honest.len() - 2]).await?,
                    Lie::HugeLengthPrefix => {
                        s.write_all(&u32::MAX.to_le_bytes()).await?;
                        s.write_all(b"and some bytes that are never a frame").await?;
                    }
                    Lie::RandomBytes => {
                        write_frame(&mut s, &[0x13, 0xff, 0x00, 0x42, 0x99, 0x01, 0xfe]).await?;
                    }
                    Lie::UnknownCallId => {
                        let stray = Reply { id: c.id + 1000, outcome: Outcome::Ok(&unit) };
                        write_frame(&mut s, &encode(&Frame::Reply(stray))).await?;
                        write_frame(&mut s, &honest).await?;
                    }
                }
            }
            _ => {}
        }
    }
}

/// Runs the guest once against a server telling `lie`, then again: returns both outcomes.
async fn against(lie: Lie) -> (Result<u64, String>, Result<u64, String>) {
    let engine = neorun::host::engine().unwrap();
    let addr = lying_server(lie).await;
    let mut config = ClientConfig::default();
    config.default_deadline = Some(Duration::from_millis(500));
    config.max_frame = 1 << 20;
    let connector: Arc<dyn Connector> = Arc::new(TcpConnector::new(&addr).max_frame(1 << 20));
    let conn = bounded(Connection::connect(connector, config)).await.unwrap();
    let first = bounded(run_guest(&engine, &conn, Op::Noop, 1)).await;
    let second = bounded(run_guest(&engine, &conn, Op::Noop, 5)).await;
    (first, second)
}

fn assert_trap(r: &Result<u64, String>, needles: &[&str]) {
    let msg = r.as_ref().expect_err("the guest must trap");
    let target = "interface `neorun:kv/store@0.1.0`, function `noop`";
    assert!(msg.contains(target), "names the import: {msg}");
    assert_eq!(msg.matches("neorun:kv/store@0.1.0").count(), 1, "names it once: {msg}");
    for n in needles {
        assert!(msg.contains(n), "expected {n:?} in: {msg}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_of_the_wrong_type_traps_only_that_call() {
    let (first, second) = against(Lie::WrongResultType).await;
    // The stub's typed decoder rejects it (no schema walk before it): `noop` returns unit.
    assert_trap(&first, &["malformed reply", "expected tag 0x01"]);
    assert_eq!(second, Ok(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_truncated_reply_traps_only_that_call() {
    let (first, second) = against(Lie::TruncatedReply).await;
    assert_trap(&first, &["malformed reply"]);
    assert_eq!(second, Ok(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_4_gib_length_prefix_is_refused_without_allocating_and_the_client_reconnects() {
    let (first, second) = against(Lie::HugeLengthPrefix).await;
    assert_trap(&first, &["connection lost", "4294967295", "1048576", "may have executed"]);
    assert_eq!(second, Ok(5), "the next run goes over a new connection");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn random_bytes_cost_only_the_call_left_without_reply() {
    let (first, second) = against(Lie::RandomBytes).await;
    assert_trap(&first, &["deadline passed"]);
    assert_eq!(second, Ok(5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_for_an_unknown_call_id_is_ignored() {
    let (first, second) = against(Lie::UnknownCallId).await;
    assert_eq!(first, Ok(1));
    assert_eq!(second, Ok(5));
}
