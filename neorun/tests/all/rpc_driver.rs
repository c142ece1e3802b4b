//! The async client and server drivers over the in-process channel transport.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use futures::{FutureExt, SinkExt, StreamExt};
use neopack::schema::{Function, Interface, Type};
use neopack::{Decoder, Encoder, Limits};
use neorun::rpc::frame::{self, Frame, Outcome, Reply, Welcome, WelcomeEntry};
use neorun::rpc::{
    BindError, CallError, CallFailure, ClientConfig, Connection, Failure, ServerConfig, Service,
    serve, serve_connection,
};
use neorun::transport::channel;
use tokio::sync::mpsc;
use tokio::time::timeout;

const ECHO: usize = 0;
const SLEEP: usize = 1;
const NOOP: usize = 2;
const FAIL: usize = 3;

fn iface(x: Type) -> Interface {
    Interface::new(
        "neorun:test/echo@0.1.0",
        vec![
            Function::new("echo", [("x", x)], Some(Type::U32)),
            Function::new("sleep", [("ms", Type::U32)], None),
            Function::new::<&str>("noop", [], None),
            Function::new::<&str>("fail", [], Some(Type::U32)),
        ],
    )
}

fn args_u32(x: u32) -> Vec<u8> {
    let mut enc = Encoder::new();
    enc.begin_record(1).unwrap();
    enc.u32(x).unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

fn no_args() -> Vec<u8> {
    let mut enc = Encoder::new();
    enc.begin_record(0).unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

fn u32_of(b: &[u8]) -> u32 {
    Decoder::new(b, Limits::default()).unwrap().u32().unwrap()
}

/// Echo doubles; sleep waits (reporting start and drop); noop returns unit; fail fails.
struct Toy {
    ifaces: Vec<Interface>,
    started: mpsc::UnboundedSender<u32>,
    dropped: mpsc::UnboundedSender<u32>,
    calls: AtomicUsize,
}

struct DropReport(u32, mpsc::UnboundedSender<u32>, bool);

impl Drop for DropReport {
    fn drop(&mut self) {
        if !self.2 {
            let _ = self.1.send(self.0);
        }
    }
}

impl Service for Toy {
    fn interfaces(&self) -> &[Interface] {
        &self.ifaces
    }

    fn call(
        &self,
        _iface: usize,
        func: usize,
        args: Bytes,
    ) -> BoxFuture<'static, Result<Bytes, Failure>> {
        self.calls.fetch_add(1, Ordering::Relaxed);
        match func {
            ECHO => {
                let mut d = Decoder::new(&args, Limits::default()).unwrap();
                d.begin_record().unwrap();
                let x = d.u32().unwrap();
                let mut enc = Encoder::new();
                enc.u32(x.wrapping_mul(2)).unwrap();
                let out = Bytes::copy_from_slice(enc.finish().unwrap());
                futures::future::ready(Ok(out)).boxed()
            }
            SLEEP => {
                let mut d = Decoder::new(&args, Limits::default()).unwrap();
                d.begin_record().unwrap();
                let ms = d.u32().unwrap();
                let _ = self.started.send(ms);
                let dropped = self.dropped.clone();
                async move {
                    let mut guard = DropReport(ms, dropped, false);
                    tokio::time::sleep(Duration::from_millis(ms.into())).await;
                    guard.2 = true;
                    Ok(Bytes::from_static(&[neopack::tag::UNIT]))
                }
                .boxed()
            }
            NOOP => futures::future::ready(Ok(Bytes::from_static(&[neopack::tag::UNIT]))).boxed(),
            _ => futures::future::ready(Err(Failure::new(1001, "always fails"))).boxed(),
        }
    }
}

struct Harness {
    conn: Connection,
    started: mpsc::UnboundedReceiver<u32>,
    dropped: mpsc::UnboundedReceiver<u32>,
    server: tokio::task::JoinHandle<Result<(), neorun::rpc::RpcError>>,
}

fn harness(server_iface: Interface) -> Harness {
    let (a, b) = channel::pair(1 << 20);
    let (started_tx, started) = mpsc::unbounded_channel();
    let (dropped_tx, dropped) = mpsc::unbounded_channel();
    let toy = Toy {
        ifaces: vec![server_iface],
        started: started_tx,
        dropped: dropped_tx,
        calls: AtomicUsize::new(0),
    };
    let server = tokio::spawn(serve_connection(b, Arc::new(toy), ServerConfig::default()));
    let conn = Connection::over(a, ClientConfig::default()).unwrap();
    Harness { conn, started, dropped, server }
}

async fn round_trip() {
    let h = harness(iface(Type::U32));
    let b = h.conn.bind(&iface(Type::U32)).await.unwrap();
    let r = b.call(ECHO, &args_u32(21), None).await.unwrap();
    assert_eq!(u32_of(&r), 42);
    let r = b.call(NOOP, &no_args(), None).await.unwrap();
    assert_eq!(&r[..], &[neopack::tag::UNIT]);
    let e = b.call(FAIL, &no_args(), None).await.unwrap_err();
    assert!(
        matches!(&e, CallError { kind: CallFailure::Remote(failure), .. } if failure.code == 1001),
        "{e}"
    );
    assert_eq!(
        e.to_string(),
        "interface `neorun:test/echo@0.1.0`, function `fail`: peer failure: code 1001: always fails"
    );
}

#[tokio::test]
async fn bind_and_call_round_trip_on_a_current_thread_runtime() {
    round_trip().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bind_and_call_round_trip_on_a_multi_thread_runtime() {
    round_trip().await;
}

async fn thousand_concurrent() {
    let h = harness(iface(Type::U32));
    let b = h.conn.bind(&iface(Type::U32)).await.unwrap();
    let calls = (0..1000u32).map(|i| {
        let b = b.clone();
        async move { (i, b.call(ECHO, &args_u32(i), None).await) }
    });
    let results = futures::future::join_all(calls).await;
    for (i, r) in results {
        assert_eq!(u32_of(&r.unwrap()), i * 2);
    }
}

#[tokio::test]
async fn a_thousand_concurrent_calls_on_one_connection() {
    thousand_concurrent().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_calls_from_spawned_tasks_on_a_multi_thread_runtime() {
    let h = harness(iface(Type::U32));
    let b = h.conn.bind(&iface(Type::U32)).await.unwrap();
    let tasks: Vec<_> = (0..1000u32)
        .map(|i| {
            let b = b.clone();
            tokio::spawn(async move { u32_of(&b.call(ECHO, &args_u32(i), None).await.unwrap()) })
        })
        .collect();
    for (i, t) in tasks.into_iter().enumerate() {
        assert_eq!(t.await.unwrap(), i as u32 * 2);
    }
}

#[tokio::test]
async fn mismatch_names_interface_function_and_first_difference() {
    let h = harness(iface(Type::U64));
    let err = h.conn.bind(&iface(Type::U32)).await.unwrap_err();
    assert!(matches!(err, BindError::Mismatch { .. }));
    assert_eq!(
        err.to_string(),
        "interface `neorun:test/echo@0.1.0`, function `echo`: parameter `x`: expected `u32`, found `u64`"
    );
    let unknown = Interface::new("neorun:test/nope", vec![]);
    let err = h.conn.bind(&unknown).await.unwrap_err();
    assert_eq!(err.to_string(), "interface `neorun:test/nope` is not exported by the server");
    // The connection still works for a matching binding.
    let mut subset = iface(Type::U64);
    subset.functions.remove(ECHO);
    let b = h.conn.bind(&subset).await.unwrap();
    b.call(1, &no_args(), None).await.unwrap();
}

#[tokio::test]
async fn server_dropped_mid_call_fails_the_call_promptly_as_maybe_executed() {
    let mut h = harness(iface(Type::U32));
    let b = h.conn.bind(&iface(Type::U32)).await.unwrap();
    let call = b.call(SLEEP, &args_u32(60_000), None);
    assert_eq!(h.started.recv().await, Some(60_000));
    h.server.abort();
    let err = timeout(Duration::from_secs(2), call).await.expect("prompt").unwrap_err();
    assert!(
        matches!(
            err,
            CallError { kind: CallFailure::ConnectionLost { may_have_executed: true, .. }, .. }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("function `sleep`: connection lost"), "{err}");
    let err = b.call(ECHO, &args_u32(1), None).await.unwrap_err();
    assert!(matches!(err, CallError { kind: CallFailure::Rejected { .. }, .. }), "{err}");
}

#[tokio::test]
async fn deadline_fails_the_call_and_the_server_drops_the_work() {
    let mut h = harness(iface(Type::U32));
    let b = h.conn.bind(&iface(Type::U32)).await.unwrap();
    let t0 = Instant::now();
    let err = b.call(SLEEP, &args_u32(60_000), Some(Duration::from_millis(50))).await.unwrap_err();
    assert!(matches!(err, CallError { kind: CallFailure::DeadlineExceeded, .. }), "{err}");
    assert!(t0.elapsed() < Duration::from_secs(5));
    let dropped = timeout(Duration::from_secs(2), h.dropped.recv()).await.expect("work dropped");
    assert_eq!(dropped, Some(60_000));
}

#[tokio::test]
async fn dropping_the_call_future_cancels_the_work_on_the_server() {
    let mut h = harness(iface(Type::U32));
    let b = h.conn.bind(&iface(Type::U32)).await.unwrap();
    let call = b.call(SLEEP, &args_u32(60_000), None);
    assert_eq!(h.started.recv().await, Some(60_000));
    drop(call);
    let dropped = timeout(Duration::from_secs(2), h.dropped.recv()).await.expect("cancel arrived");
    assert_eq!(dropped, Some(60_000));
    // The connection goes on.
    assert_eq!(u32_of(&b.call(ECHO, &args_u32(4), None).await.unwrap()), 8);
}

fn encode(frame: &Frame<'_>) -> Bytes {
    Bytes::from(frame.to_vec().unwrap())
}

#[tokio::test]
async fn a_lying_server_fails_only_the_affected_calls() {
    let (a, mut srv) = channel::pair(1 << 20);
    let conn = Connection::over(a, ClientConfig::default()).unwrap();
    let fake = async move {
        let hello = srv.stream.next().await.unwrap().unwrap();
        assert!(matches!(Frame::decode(&hello, Limits::default()).unwrap(), Frame::Hello(_)));
        let welcome = Welcome {
            version: frame::VERSION,
            max_frame: 1 << 20,
            max_in_flight: 16,
            max_depth: 64,
            max_items: 1 << 22,
            frame_timeout_ms: 0,
            idle_timeout_ms: 0,
            interfaces: vec![WelcomeEntry::Accepted { iface: 0, funcs: vec![0, 1, 2, 3] }],
        };
        srv.sink.send(encode(&Frame::Welcome(welcome))).await.unwrap();
        let mut ids = Vec::new();
        for _ in 0..3 {
            let f = srv.stream.next().await.unwrap().unwrap();
            let Frame::Call(c) = Frame::decode(&f, Limits::default()).unwrap() else { panic!() };
            ids.push(c.id);
        }
        let unit = [neopack::tag::UNIT];
        // A reply for an id never used.
        let bogus = Reply { id: 999_999, outcome: Outcome::Ok(&unit) };
        srv.sink.send(encode(&Frame::Reply(bogus))).await.unwrap();
        // Undecodable bytes in the reply for the first call.
        let mut bad =
            encode(&Frame::Reply(Reply { id: ids[0], outcome: Outcome::Ok(&unit) })).to_vec();
        *bad.last_mut().unwrap() = 0xEE;
        srv.sink.send(Bytes::from(bad)).await.unwrap();
        // A well-formed reply of the wrong type (bool for u32) for the second.
        let t = [neopack::tag::TRUE];
        srv.sink
            .send(encode(&Frame::Reply(Reply { id: ids[1], outcome: Outcome::Ok(&t) })))
            .await
            .unwrap();
        // A correct reply for the third.
        let mut enc = Encoder::new();
        enc.u32(7).unwrap();
        let v = enc.finish().unwrap().to_vec();
        srv.sink
            .send(encode(&Frame::Reply(Reply { id: ids[2], outcome: Outcome::Ok(&v) })))
            .await
            .unwrap();
        srv
    };
    let server = tokio::spawn(fake);
    let b = conn.bind(&iface(Type::U32)).await.unwrap();
    let (r1, r2, r3) = futures::join!(
        b.call(ECHO, &args_u32(1), None),
        b.call(ECHO, &args_u32(2), None),
        b.call(ECHO, &args_u32(3), None),
    );
    let e1 = r1.unwrap_err();
    assert!(matches!(e1, CallError { kind: CallFailure::Malformed { .. }, .. }), "{e1}");
    let e2 = r2.unwrap_err();
    assert!(matches!(e2, CallError { kind: CallFailure::Malformed { .. }, .. }), "{e2}");
    assert!(
        e2.to_string()
            .starts_with("interface `neorun:test/echo@0.1.0`, function `echo`: malformed reply")
    );
    assert_eq!(u32_of(&r3.unwrap()), 7);
    let _srv = server.await.unwrap();
}

#[tokio::test]
async fn serve_accepts_many_clients_and_shutdown_sends_goaway() {
    let (listener, connector) = channel::listen("rpc-serve-test", 1 << 20);
    let (started, _s) = mpsc::unbounded_channel();
    let (dropped, _d) = mpsc::unbounded_channel();
    let toy = Toy { ifaces: vec![iface(Type::U32)], started, dropped, calls: AtomicUsize::new(0) };
    let serving = serve(listener, Arc::new(toy), ServerConfig::default());
    let shutdown = serving.shutdown_handle();
    let server = tokio::spawn(serving);
    use neorun::transport::Connector;
    let mut bindings = Vec::new();
    for _ in 0..3 {
        let conn =
            Connection::over(connector.connect().await.unwrap(), ClientConfig::default()).unwrap();
        bindings.push(conn.bind(&iface(Type::U32)).await.unwrap());
    }
    for (i, b) in bindings.iter().enumerate() {
        assert_eq!(u32_of(&b.call(ECHO, &args_u32(i as u32), None).await.unwrap()), i as u32 * 2);
    }
    shutdown.shutdown("maintenance");
    timeout(Duration::from_secs(2), server).await.expect("server stops").unwrap().unwrap();
    let err = bindings[0].call(ECHO, &args_u32(1), None).await.unwrap_err();
    assert!(
        matches!(
            err,
            CallError {
                kind: CallFailure::Rejected { .. } | CallFailure::ConnectionLost { .. },
                ..
            }
        ),
        "{err}"
    );
}
