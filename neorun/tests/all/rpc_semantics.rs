//! Failure semantics of the client driver over real TCP on 127.0.0.1: default and per-binding
//! deadlines, reconnection with re-handshake, retry of calls that never left, the queue bound,
//! the client's in-flight limit, and server limits that disconnect one bad client without
//! disturbing the others. Every await is bounded.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::future::BoxFuture;
use futures::{FutureExt, SinkExt, StreamExt};
use neopack::schema::{Function, Interface, Type};
use neopack::{Decoder, Encoder, Limits};
use neorun::rpc::{
    Backoff, CallError, CallFailure, ClientConfig, Connection, Failure, ServerConfig, Service,
    ShutdownHandle, serve,
};
use neorun::transport::Connector;
use neorun::transport::tcp::{TcpConnector, TcpListener};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::task::JoinHandle;

const LIMIT: Duration = Duration::from_secs(20);

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(LIMIT, f).await.expect("test step timed out")
}

fn function(name: &str) -> Function {
    match name {
        "echo" => Function::new("echo", [("x", Type::U32)], Some(Type::U32)),
        "sleep" => Function::new("sleep", [("ms", Type::U32)], None),
        _ => Function::new::<&str>(name, [], None),
    }
}

/// The test interface with its functions in the order given: servers that differ in order
/// give the same client different function indexes.
fn iface(order: &[&str]) -> Interface {
    Interface::new("neorun:test/toy@0.1.0", order.iter().map(|n| function(n)).collect())
}

const CLIENT: [&str; 3] = ["echo", "sleep", "noop"];
const ECHO: usize = 0;
const SLEEP: usize = 1;
const NOOP: usize = 2;

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

/// Dispatches by function name; counts calls that ran to completion and the peak of calls
/// running at once.
struct Toy {
    ifaces: Vec<Interface>,
    completed: Arc<AtomicUsize>,
    running: Arc<AtomicUsize>,
    peak: Arc<AtomicUsize>,
}

impl Toy {
    fn new(order: &[&str]) -> Self {
        Self {
            ifaces: vec![iface(order)],
            completed: Arc::default(),
            running: Arc::default(),
            peak: Arc::default(),
        }
    }
}

fn arg(args: &[u8]) -> u32 {
    let mut d = Decoder::new(args, Limits::default()).unwrap();
    d.begin_record().unwrap();
    d.u32().unwrap()
}

impl Service for Toy {
    fn interfaces(&self) -> &[Interface] {
        &self.ifaces
    }

    fn call(
        &self,
        _: usize,
        func: usize,
        args: Bytes,
    ) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let name = self.ifaces[0].functions[func].name.clone();
        let (completed, running, peak) =
            (self.completed.clone(), self.running.clone(), self.peak.clone());
        async move {
            let now = running.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            let out = match name.as_str() {
                "echo" => {
                    let mut enc = Encoder::new();
                    enc.u32(arg(&args).wrapping_mul(2)).unwrap();
                    Bytes::copy_from_slice(enc.finish().unwrap())
                }
                "sleep" => {
                    tokio::time::sleep(Duration::from_millis(arg(&args).into())).await;
                    Bytes::from_static(&[neopack::tag::UNIT])
                }
                _ => Bytes::from_static(&[neopack::tag::UNIT]),
            };
            running.fetch_sub(1, Ordering::SeqCst);
            completed.fetch_add(1, Ordering::SeqCst);
            Ok(out)
        }
        .boxed()
    }
}

/// A server on `addr` (port 0: a free one); returns the address, the task and its handle.
async fn start(
    addr: &str,
    service: Arc<dyn Service>,
    config: ServerConfig,
) -> (String, JoinHandle<()>, ShutdownHandle) {
    let mut listener = None;
    // A restarted server rebinds the port its predecessor just released.
    for _ in 0..100 {
        match TcpListener::bind(addr).await {
            Ok(l) => {
                listener = Some(l);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    }
    let listener = listener.expect("bind");
    let addr = listener.local_addr().to_string();
    let serving = serve(listener, service, config);
    let handle = serving.shutdown_handle();
    let task = tokio::spawn(async move {
        let _ = serving.await;
    });
    (addr, task, handle)
}

/// Kills a server: its task and every connection task are dropped, sockets closed.
async fn kill(task: JoinHandle<()>) {
    task.abort();
    let _ = task.await;
}

fn fast_reconnect() -> ClientConfig {
    let mut c = ClientConfig::default();
    c.reconnect = Backoff::new(Duration::from_millis(10), Duration::from_millis(100));
    c
}

async fn connect_with(addr: &str, config: ClientConfig) -> Connection {
    let connector: Arc<dyn Connector> = Arc::new(TcpConnector::new(addr));
    bounded(Connection::connect(connector, config)).await.expect("connect")
}

fn u32_of(b: &[u8]) -> u32 {
    Decoder::new(b, Limits::default()).unwrap().u32().unwrap()
}

#[tokio::test]
async fn default_deadline_applies_and_binding_and_call_deadlines_override_it() {
    let (addr, _server, _) =
        start("127.0.0.1:0", Arc::new(Toy::new(&CLIENT)), ServerConfig::default()).await;
    let mut config = ClientConfig::default();
    config.default_deadline = Some(Duration::from_millis(100));
    let conn = connect_with(&addr, config).await;
    let b = bounded(conn.bind(&iface(&CLIENT))).await.unwrap();
    assert_eq!(b.deadline(), Some(Duration::from_millis(100)));

    let timed = |b: neorun::rpc::Binding, d: Option<Duration>| async move {
        let t = Instant::now();
        let r = bounded(b.call(SLEEP, &args_u32(2_000), d)).await;
        (r, t.elapsed())
    };
    let (r, took) = timed(b.clone(), None).await;
    assert!(matches!(r, Err(CallError { kind: CallFailure::DeadlineExceeded, .. })), "{r:?}");
    assert!(took >= Duration::from_millis(100) && took < Duration::from_millis(1_000), "{took:?}");

    let (r, took) = timed(b.with_deadline(Some(Duration::from_millis(30))), None).await;
    assert!(matches!(r, Err(CallError { kind: CallFailure::DeadlineExceeded, .. })), "{r:?}");
    assert!(took < Duration::from_millis(100), "binding deadline ignored: {took:?}");

    let (r, took) = timed(b.clone(), Some(Duration::from_millis(300))).await;
    assert!(matches!(r, Err(CallError { kind: CallFailure::DeadlineExceeded, .. })), "{r:?}");
    assert!(took >= Duration::from_millis(300), "per-call deadline ignored: {took:?}");

    // No deadline at all: a 200 ms call completes although the default is 100 ms.
    let r = bounded(b.with_deadline(None).call(SLEEP, &args_u32(200), None)).await;
    assert!(r.is_ok(), "{r:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnect_reruns_the_handshake_and_fails_calls_in_flight_as_maybe_executed() {
    let (addr, server, _) =
        start("127.0.0.1:0", Arc::new(Toy::new(&CLIENT)), ServerConfig::default()).await;
    let conn = connect_with(&addr, fast_reconnect()).await;
    let b = bounded(conn.bind(&iface(&CLIENT))).await.unwrap();
    assert_eq!(u32_of(&bounded(b.call(ECHO, &args_u32(21), None)).await.unwrap()), 42);

    let in_flight = tokio::spawn(b.call(SLEEP, &args_u32(10_000), None));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let t = Instant::now();
    kill(server).await;
    let err = bounded(in_flight).await.unwrap().unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(2), "failure took {:?}", t.elapsed());
    assert!(
        matches!(
            err,
            CallError { kind: CallFailure::ConnectionLost { may_have_executed: true, .. }, .. }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("may have executed"), "{err}");

    // The new server orders its functions differently: the binding's indexes must follow.
    let reversed = ["noop", "sleep", "echo"];
    let (_, _server, _) =
        start(&addr, Arc::new(Toy::new(&reversed)), ServerConfig::default()).await;
    let r = bounded(b.call(ECHO, &args_u32(5), Some(Duration::from_secs(10)))).await.unwrap();
    assert_eq!(u32_of(&r), 10, "the call reached the right function after reconnecting");
    assert_eq!(conn.connections(), 2);
    assert!(bounded(b.call(NOOP, &no_args(), None)).await.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn calls_made_while_disconnected_wait_and_are_sent_once_reconnected() {
    let toy = Arc::new(Toy::new(&CLIENT));
    let completed = toy.completed.clone();
    let (addr, server, _) = start("127.0.0.1:0", toy.clone(), ServerConfig::default()).await;
    let conn = connect_with(&addr, fast_reconnect()).await;
    let b = bounded(conn.bind(&iface(&CLIENT))).await.unwrap();
    kill(server).await;
    // Wait until the client has noticed.
    bounded(async {
        while conn.is_connected() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    let waiting: Vec<_> = (0..10)
        .map(|i| tokio::spawn(b.call(ECHO, &args_u32(i), Some(Duration::from_secs(10)))))
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let before = completed.load(Ordering::SeqCst);
    let (_, _server, _) = start(&addr, toy, ServerConfig::default()).await;
    for (i, w) in waiting.into_iter().enumerate() {
        let r = bounded(w).await.unwrap().expect("a queued call is sent after reconnecting");
        assert_eq!(u32_of(&r), 2 * i as u32);
    }
    assert_eq!(completed.load(Ordering::SeqCst) - before, 10, "each ran exactly once");
}

#[tokio::test]
async fn queued_calls_fail_at_their_deadline_and_after_the_last_attempt_as_not_executed() {
    let (addr, server, _) =
        start("127.0.0.1:0", Arc::new(Toy::new(&CLIENT)), ServerConfig::default()).await;
    let mut config = ClientConfig::default();
    config.reconnect = Backoff::new(Duration::from_millis(100), Duration::from_millis(100));
    config.reconnect.jitter = 0.0;
    config.reconnect.max_attempts = Some(3);
    let conn = connect_with(&addr, config).await;
    let b = bounded(conn.bind(&iface(&CLIENT))).await.unwrap();
    kill(server).await;
    bounded(async {
        while conn.is_connected() {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    let t = Instant::now();
    let r = bounded(b.call(ECHO, &args_u32(1), Some(Duration::from_millis(50)))).await;
    assert!(matches!(r, Err(CallError { kind: CallFailure::DeadlineExceeded, .. })), "{r:?}");
    assert!(t.elapsed() < Duration::from_millis(500), "{:?}", t.elapsed());
    // Three attempts, 100 ms apart: then every queued call fails, certainly not executed.
    let r = bounded(b.call(ECHO, &args_u32(1), Some(Duration::from_secs(10)))).await;
    let err = r.unwrap_err();
    assert!(!err.may_have_executed(), "{err}");
    assert!(err.to_string().contains("gave up reconnecting after 3 attempts"), "{err}");
    let late = bounded(b.call(ECHO, &args_u32(1), None)).await.unwrap_err();
    assert!(matches!(late, CallError { kind: CallFailure::Rejected { .. }, .. }), "{late}");
}

#[tokio::test]
async fn a_full_queue_fails_new_calls_as_overloaded_at_once() {
    let (addr, _server, _) =
        start("127.0.0.1:0", Arc::new(Toy::new(&CLIENT)), ServerConfig::default()).await;
    let mut config = ClientConfig::default();
    config.max_in_flight = 1;
    config.max_queued = 2;
    let conn = connect_with(&addr, config).await;
    let b = bounded(conn.bind(&iface(&CLIENT))).await.unwrap();
    let held: Vec<_> = (0..3).map(|_| b.call(SLEEP, &args_u32(200), None)).collect();
    let t = Instant::now();
    let err = bounded(b.call(NOOP, &no_args(), None)).await.unwrap_err();
    assert!(t.elapsed() < Duration::from_millis(100));
    assert!(
        matches!(err, CallError { kind: CallFailure::Overloaded { limit: 2, .. }, .. }),
        "{err}"
    );
    assert!(!err.may_have_executed());
    for r in bounded(futures::future::join_all(held)).await {
        r.expect("the calls in flight and queued complete");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_keeps_within_the_servers_in_flight_limit() {
    let toy = Arc::new(Toy::new(&CLIENT));
    let peak = toy.peak.clone();
    let mut server_config = ServerConfig::default();
    server_config.max_in_flight = 3;
    let (addr, _server, _) = start("127.0.0.1:0", toy, server_config).await;
    let conn = connect_with(&addr, ClientConfig::default()).await;
    let b = bounded(conn.bind(&iface(&CLIENT))).await.unwrap();
    let calls: Vec<_> = (0..30).map(|_| b.call(SLEEP, &args_u32(10), None)).collect();
    for r in bounded(futures::future::join_all(calls)).await {
        r.expect("no call is refused as overloaded: the client queued them");
    }
    assert!(peak.load(Ordering::SeqCst) <= 3, "peak {}", peak.load(Ordering::SeqCst));
}

/// True once the server closes `raw` (EOF or reset), reading and discarding what it sends.
async fn closed_by_server(raw: &mut tokio::net::TcpStream) -> bool {
    let mut buf = [0u8; 256];
    loop {
        match raw.read(&mut buf).await {
            Ok(0) | Err(_) => return true,
            Ok(_) => {}
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_breaking_limits_are_disconnected_without_disturbing_others() {
    let mut config = ServerConfig::default();
    config.handshake_timeout = Duration::from_millis(200);
    config.max_frame = 64 << 10;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap().max_frame(64 << 10);
    let addr = listener.local_addr().to_string();
    let toy = Arc::new(Toy::new(&CLIENT));
    tokio::spawn(serve(listener, toy, config));

    let good = Connection::over(
        bounded(TcpConnector::new(&addr).connect()).await.unwrap(),
        ClientConfig::default(),
    )
    .unwrap();
    let b = bounded(good.bind(&iface(&CLIENT))).await.unwrap();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let worker = {
        let (b, stop) = (b.clone(), stop.clone());
        tokio::spawn(async move {
            let mut n = 0u32;
            while !stop.load(Ordering::Relaxed) {
                let r = b.call(ECHO, &args_u32(n), None).await.expect("the good client's call");
                assert_eq!(u32_of(&r), n.wrapping_mul(2));
                n += 1;
            }
            n
        })
    };

    // A 4 GiB length prefix.
    let mut huge = tokio::net::TcpStream::connect(&addr).await.unwrap();
    huge.write_all(&u32::MAX.to_le_bytes()).await.unwrap();
    // A frame over the server's 64 KiB limit.
    let mut big = tokio::net::TcpStream::connect(&addr).await.unwrap();
    big.write_all(&(70u32 << 10).to_le_bytes()).await.unwrap();
    big.write_all(&vec![0x13; 70 << 10]).await.unwrap();
    // Random bytes as a frame.
    let mut noise = tokio::net::TcpStream::connect(&addr).await.unwrap();
    noise.write_all(&[8, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4]).await.unwrap();
    // Silence: no hello before the handshake timeout.
    let mut silent = tokio::net::TcpStream::connect(&addr).await.unwrap();
    let t = Instant::now();
    for raw in [&mut huge, &mut big, &mut noise, &mut silent] {
        assert!(bounded(closed_by_server(raw)).await);
    }
    assert!(t.elapsed() >= Duration::from_millis(150), "the silent client was closed early");

    // A client of the framed transport that sends a frame over the limit: told why, then
    // closed.
    let mut conn = bounded(TcpConnector::new(&addr).connect()).await.unwrap();
    bounded(conn.sink.send(Bytes::from(vec![0u8; 65 << 10]))).await.unwrap();
    let first = bounded(conn.stream.next()).await.unwrap().unwrap();
    let reason = goaway(&first).expect("a goaway");
    assert!(reason.starts_with("frame-too-large: "), "{reason}");
    let end = bounded(conn.stream.next()).await;
    assert!(!matches!(end, Some(Ok(_))), "{end:?}");

    stop.store(true, Ordering::Relaxed);
    let n = bounded(worker).await.expect("the good client never failed");
    assert!(n > 0);
    assert_eq!(u32_of(&bounded(b.call(ECHO, &args_u32(4), None)).await.unwrap()), 8);
}

// ---- Flow control and budgets (PROTOCOL.md, "Flow control and budgets") ----

use neorun::budget::{Budget, ServerLimits};
use neorun::rpc::frame::{self, Frame, FunctionRef, Hello, HelloInterface, Outcome};
use neorun::transport::{Conn, FrameSink, FrameStream};

/// A service whose one function `blob(n: u32) -> list<u8>` answers `n` bytes at once.
struct Blobs(Vec<Interface>);

fn blobs() -> Arc<Blobs> {
    let f = Function::new("blob", [("n", Type::U32)], Some(Type::List(Box::new(Type::U8))));
    Arc::new(Blobs(vec![Interface::new("neorun:test/blobs@0.1.0", vec![f])]))
}

impl Service for Blobs {
    fn interfaces(&self) -> &[Interface] {
        &self.0
    }

    fn call(&self, _: usize, _: usize, args: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let mut enc = Encoder::new();
        enc.bytes(&vec![7; arg(&args) as usize]).unwrap();
        futures::future::ready(Ok(Bytes::copy_from_slice(enc.finish().unwrap()))).boxed()
    }
}

/// Bytes of a `list<u8>` of `n` bytes in neopack.
fn blob_len(n: usize) -> usize {
    let mut enc = Encoder::new();
    enc.bytes(&vec![0; n]).unwrap();
    enc.finish().unwrap().len()
}

fn encode(frame: &Frame<'_>) -> Bytes {
    Bytes::from(frame.to_vec().unwrap())
}

/// Sends a hello for every function of `iface` and waits for the welcome; returns the
/// server's function indexes.
async fn handshake(sink: &mut FrameSink, stream: &mut FrameStream, iface: &Interface) -> Vec<u32> {
    let functions = iface
        .functions
        .iter()
        .map(|f| FunctionRef { name: f.name.clone(), fingerprint: f.fingerprint() })
        .collect();
    let hello = Hello {
        version: frame::VERSION,
        max_frame: 16 << 20,
        interfaces: vec![HelloInterface { name: iface.name.clone(), functions }],
    };
    bounded(sink.send(encode(&Frame::Hello(hello)))).await.unwrap();
    let bytes = bounded(stream.next()).await.unwrap().unwrap();
    match Frame::decode(&bytes, Limits::default()).unwrap() {
        Frame::Welcome(w) => match &w.interfaces[0] {
            frame::WelcomeEntry::Accepted { funcs, .. } => funcs.clone(),
            other => panic!("not accepted: {other:?}"),
        },
        other => panic!("expected a welcome, got {other:?}"),
    }
}

fn call_frame(id: u64, func: u32, args: &[u8]) -> Bytes {
    encode(&Frame::Call(frame::Call { id, iface: 0, func, deadline_ms: 0, args }))
}

/// Reads frames until `n` replies arrived; returns their ids and payload sizes.
async fn replies(stream: &mut FrameStream, n: usize) -> Vec<(u64, Result<usize, u32>)> {
    let mut out = Vec::new();
    while out.len() < n {
        let bytes = bounded(stream.next()).await.unwrap().unwrap();
        if let Frame::Reply(r) = Frame::decode(&bytes, Limits::default()).unwrap() {
            let outcome = match r.outcome {
                Outcome::Ok(v) => Ok(v.len()),
                Outcome::Err { code, .. } => Err(code),
            };
            out.push((r.id, outcome));
        }
    }
    out
}

/// Waits until `f` holds, polling every 10 ms (bounded).
async fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let t = Instant::now();
    while !f() {
        assert!(t.elapsed() < LIMIT, "never: {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A goaway's reason, if `bytes` is one.
fn goaway(bytes: &[u8]) -> Option<String> {
    match Frame::decode(bytes, Limits::default()).ok()? {
        Frame::Goaway { reason } => Some(reason.to_owned()),
        _ => None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_does_not_read_is_pushed_back_and_gets_every_reply_late() {
    const REPLY: u32 = 256 << 10;
    const CALLS: u64 = 200;
    let mut config = ServerConfig::default();
    config.reply_budget = 1 << 20;
    let budget = config.budget.clone();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    let service = blobs();
    let iface = service.0[0].clone();
    tokio::spawn(serve(listener, service, config));

    // The slow reader: 200 calls for 256 KiB each (50 MiB of replies), nothing read.
    let Conn { mut sink, mut stream, .. } =
        bounded(TcpConnector::new(&addr).connect()).await.unwrap();
    let funcs = handshake(&mut sink, &mut stream, &iface).await;
    for id in 1..=CALLS {
        bounded(sink.feed(call_frame(id, funcs[0], &args_u32(REPLY)))).await.unwrap();
    }
    bounded(sink.flush()).await.unwrap();
    eventually("the server stops reading", || budget.stats().queued_reply_bytes >= 1 << 20).await;
    // Give it every chance to go on reading: it must not.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let held = budget.stats();
    assert!(
        held.queued_reply_bytes <= (1 << 20) + REPLY as usize + 64,
        "unsent replies over the budget: {held:?}"
    );
    assert!(held.calls_in_flight < CALLS as usize, "every call was read: {held:?}");

    // Another client is served meanwhile.
    let good = connect_with(&addr, ClientConfig::default()).await;
    let b = bounded(good.bind(&iface)).await.unwrap();
    let r = bounded(b.call(0, &args_u32(3), None)).await.unwrap();
    assert_eq!(r.len(), blob_len(3));

    // Reading at last: every reply, each exactly once, whole.
    let got = replies(&mut stream, CALLS as usize).await;
    let mut ids: Vec<u64> = got.iter().map(|(id, _)| *id).collect();
    ids.sort_unstable();
    assert_eq!(ids, (1..=CALLS).collect::<Vec<_>>());
    let whole = Ok(blob_len(REPLY as usize));
    assert!(got.iter().all(|(_, r)| *r == whole), "a reply was not whole");
    eventually("nothing held", || budget.stats().queued_reply_bytes == 0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partial_frames_of_100_connections_stay_within_the_memory_budget() {
    const MAX_FRAME: u32 = 1 << 20;
    let mut config = ServerConfig::default();
    config.max_frame = MAX_FRAME;
    config.frame_timeout = Some(Duration::from_secs(2));
    config.budget = Budget::new(ServerLimits::new(8 << 20, 1024));
    let budget = config.budget.clone();
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap().max_frame(MAX_FRAME as usize);
    let addr = listener.local_addr().to_string();
    tokio::spawn(serve(listener, Arc::new(Toy::new(&CLIENT)), config));

    // 100 connections, each announcing a max-size frame and sending 1 KiB of it.
    let mut holders = Vec::new();
    for _ in 0..100 {
        let mut raw = bounded(tokio::net::TcpStream::connect(&addr)).await.unwrap();
        raw.write_all(&MAX_FRAME.to_le_bytes()).await.unwrap();
        raw.write_all(&[0x13; 1024]).await.unwrap();
        holders.push(raw);
    }
    eventually("the budget is taken", || budget.stats().partial_frame_bytes >= 7 << 20).await;
    eventually("every connection accepted", || budget.stats().connections == 100).await;
    let s = budget.stats();
    assert!(s.partial_frame_bytes <= 8 << 20, "partial frames over the budget: {s:?}");

    // A well-behaved client is still served: its small frames arrive whole.
    let good = connect_with(&addr, ClientConfig::default()).await;
    let b = bounded(good.bind(&iface(&CLIENT))).await.unwrap();
    assert_eq!(u32_of(&bounded(b.call(ECHO, &args_u32(21), None)).await.unwrap()), 42);

    // Every holder is told why it is closed — its frame was late, or (for those that never
    // got room) the memory budget — and nothing stays held.
    let mut waited_for_budget = 0;
    for raw in &mut holders {
        let mut head = [0u8; 4];
        bounded(raw.read_exact(&mut head)).await.unwrap();
        let mut body = vec![0; u32::from_le_bytes(head) as usize];
        bounded(raw.read_exact(&mut body)).await.unwrap();
        let reason = goaway(&body).expect("a goaway");
        match frame::goaway::token(&reason) {
            frame::goaway::FRAME_TIMEOUT => {}
            frame::goaway::MEMORY_BUDGET => waited_for_budget += 1,
            _ => panic!("{reason}"),
        }
        assert!(bounded(closed_by_server(raw)).await);
    }
    assert!(waited_for_budget >= 80, "{waited_for_budget} of 100 waited for the budget");
    eventually("partial frames released", || budget.stats().partial_frame_bytes == 0).await;
    assert_eq!(budget.stats().frame_timeouts, 100);
    assert_eq!(u32_of(&bounded(b.call(ECHO, &args_u32(1), None)).await.unwrap()), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_connection_over_the_limit_is_told_too_many_connections() {
    let mut config = ServerConfig::default();
    config.budget = Budget::new(ServerLimits::new(64 << 20, 2));
    let budget = config.budget.clone();
    let (addr, _task, _) = start("127.0.0.1:0", Arc::new(Toy::new(&CLIENT)), config).await;
    let one = connect_with(&addr, ClientConfig::default()).await;
    let two = connect_with(&addr, ClientConfig::default()).await;
    eventually("two connections", || budget.stats().connections == 2).await;
    let mut third = bounded(TcpConnector::new(&addr).connect()).await.unwrap();
    let bytes = bounded(third.stream.next()).await.unwrap().unwrap();
    let reason = goaway(&bytes).expect("a goaway");
    assert!(reason.starts_with("too-many-connections: "), "{reason}");
    assert!(!matches!(bounded(third.stream.next()).await, Some(Ok(_))));
    assert_eq!(budget.stats().connections_refused, 1);
    drop((one, two));
    eventually("room again", || budget.stats().connections == 0).await;
    let again = connect_with(&addr, ClientConfig::default()).await;
    let b = bounded(again.bind(&iface(&CLIENT))).await.unwrap();
    assert_eq!(u32_of(&bounded(b.call(ECHO, &args_u32(5), None)).await.unwrap()), 10);
}

#[tokio::test]
async fn calls_after_the_clients_goaway_are_answered_shutting_down() {
    let (addr, _task, _) =
        start("127.0.0.1:0", Arc::new(Toy::new(&CLIENT)), ServerConfig::default()).await;
    let Conn { mut sink, mut stream, .. } =
        bounded(TcpConnector::new(&addr).connect()).await.unwrap();
    let funcs = handshake(&mut sink, &mut stream, &iface(&CLIENT)).await;
    sink.feed(call_frame(1, funcs[ECHO], &args_u32(4))).await.unwrap();
    sink.feed(encode(&Frame::Goaway { reason: "done" })).await.unwrap();
    sink.feed(call_frame(2, funcs[ECHO], &args_u32(5))).await.unwrap();
    bounded(sink.flush()).await.unwrap();
    let mut got = replies(&mut stream, 2).await;
    got.sort_unstable();
    assert_eq!(got, [(1, Ok(5)), (2, Err(neorun::rpc::frame::code::SHUTTING_DOWN))]);
    // The client closes; so does the server.
    bounded(sink.close()).await.unwrap();
    assert!(!matches!(bounded(stream.next()).await, Some(Ok(_))));
}

#[tokio::test]
async fn a_duplicate_id_whose_reply_is_unsent_is_a_protocol_error() {
    let service = blobs();
    let iface = service.0[0].clone();
    let (addr, _task, _) = start("127.0.0.1:0", service, ServerConfig::default()).await;
    let Conn { mut sink, mut stream, .. } =
        bounded(TcpConnector::new(&addr).connect()).await.unwrap();
    let funcs = handshake(&mut sink, &mut stream, &iface).await;
    // One write: the server reads the three frames in one batch, so the first reply to id 2
    // (its handler answers at once) has not been handed to the transport when the same id
    // comes again, and must be refused.
    for id in [1, 2, 2] {
        sink.feed(call_frame(id, funcs[0], &args_u32(16))).await.unwrap();
    }
    bounded(sink.flush()).await.unwrap();
    let mut reasons = Vec::new();
    while let Some(Ok(bytes)) = bounded(stream.next()).await {
        reasons.extend(goaway(&bytes));
    }
    assert!(
        reasons.iter().any(|r| r.contains("call id 2 is already in flight")),
        "no protocol error for the duplicate id: {reasons:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_that_floods_and_never_reads_cannot_grow_the_client() {
    use tokio::net::TcpListener as RawListener;
    let raw = RawListener::bind("127.0.0.1:0").await.unwrap();
    let addr = raw.local_addr().unwrap().to_string();
    // The flooding server: answers the hello, then sends pings and never reads again.
    let flood = tokio::spawn(async move {
        let (mut s, _) = raw.accept().await.unwrap();
        let mut head = [0u8; 4];
        s.read_exact(&mut head).await.unwrap();
        let mut hello = vec![0; u32::from_le_bytes(head) as usize];
        s.read_exact(&mut hello).await.unwrap();
        let welcome = frame::Welcome {
            version: frame::VERSION,
            max_frame: 16 << 20,
            max_in_flight: 8,
            max_depth: 64,
            max_items: 1 << 22,
            frame_timeout_ms: 0,
            idle_timeout_ms: 0,
            interfaces: vec![],
        };
        let b = Frame::Welcome(welcome).to_vec().unwrap();
        let mut out = u32::try_from(b.len()).unwrap().to_le_bytes().to_vec();
        out.extend_from_slice(&b);
        s.write_all(&out).await.unwrap();
        let ping = Frame::Ping { nonce: 9 }.to_vec().unwrap();
        let mut chunk = Vec::new();
        for _ in 0..4096 {
            chunk.extend_from_slice(&u32::try_from(ping.len()).unwrap().to_le_bytes());
            chunk.extend_from_slice(&ping);
        }
        let mut sent = 0usize;
        // At most 64 MiB of pings (3.5 million); stops when the client pushes back.
        while sent < 64 << 20 {
            match tokio::time::timeout(Duration::from_secs(2), s.write_all(&chunk)).await {
                Ok(Ok(())) => sent += chunk.len(),
                _ => break,
            }
        }
        (sent, s)
    });
    let mut config = ClientConfig::default();
    config.send_budget = 64 << 10;
    config.keepalive = None;
    let conn = Connection::over(bounded(TcpConnector::new(&addr).connect()).await.unwrap(), config)
        .unwrap();
    let _ = bounded(conn.bind(&iface(&CLIENT))).await;
    let (sent, _socket) = bounded(flood).await.unwrap();
    assert!(sent < 64 << 20, "the client read every ping: no pushback");
    // The budget is checked once per read batch (64 frames): at most one batch of pongs over.
    let pong = Frame::Pong { nonce: 9 }.to_vec().unwrap().len();
    let unsent = conn.unsent_bytes();
    assert!(unsent <= (64 << 10) + 64 * pong, "pongs held over the send budget: {unsent}");
}

/// Arguments of `put(e: entry)` with `tags` tags of `tag_len` bytes each.
fn put_args(key: &str, tags: usize, tag_len: usize) -> Vec<u8> {
    let tag = "t".repeat(tag_len);
    let mut enc = Encoder::new();
    enc.begin_record(1).unwrap();
    enc.begin_record(4).unwrap();
    enc.str(key).unwrap();
    enc.bytes(&[]).unwrap();
    enc.begin_list(u32::try_from(tags).unwrap()).unwrap();
    for _ in 0..tags {
        enc.str(&tag).unwrap();
    }
    enc.end_list().unwrap();
    enc.u64(0).unwrap();
    enc.end_record().unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_amplifying_put_is_refused_and_nothing_is_kept() {
    use neorun::kv::{InMemoryKv, remote::store};
    let kv = InMemoryKv::new();
    let config = ServerConfig::default();
    let budget = config.budget.clone();
    let (addr, _task, _) =
        start("127.0.0.1:0", Arc::new(neorun::kv::service(kv.clone())), config).await;
    let conn = connect_with(&addr, ClientConfig::default()).await;
    let b = bounded(conn.bind(store::schema())).await.unwrap();
    let put = store::schema().functions.iter().position(|f| f.name == "put").unwrap();

    // 15 MB of empty tags would decode into 72 MB: refused before it is decoded.
    let err = bounded(b.call(put, &put_args("k", 3_000_000, 0), None)).await.unwrap_err();
    match &err {
        CallError { kind: CallFailure::Remote(failure), .. } => {
            assert_eq!(failure.code, neorun::rpc::frame::code::BAD_ARGUMENTS, "{err}");
            assert!(failure.message.contains("decoded memory limit"), "{err}");
        }
        other => panic!("expected bad-arguments, got {other}"),
    }
    // Tags that decode within the limit but make the entry too large for the store.
    let reply = bounded(b.call(put, &put_args("k", 100_000, 10), None)).await.unwrap();
    let result: Result<u64, store::KvError> =
        neopack::codec::from_slice(&reply, Limits::default()).unwrap();
    assert_eq!(result, Err(store::KvError::TooLarge(2 << 20)));
    assert_eq!(kv.usage(), neorun::kv::KvUsage::default(), "nothing is kept");
    eventually("arguments released", || budget.stats().argument_bytes == 0).await;
    // A long key is an invalid key.
    let reply = bounded(b.call(put, &put_args(&"k".repeat(5000), 1, 1), None)).await.unwrap();
    let result: Result<u64, store::KvError> =
        neopack::codec::from_slice(&reply, Limits::default()).unwrap();
    assert!(matches!(result, Err(store::KvError::InvalidKey(_))), "{result:?}");
}
