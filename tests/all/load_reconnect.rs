//! Load with a server restart: 64 `kv_client` guest instances make ≥ 100,000 calls (`noop`,
//! with a quarter `put`) over ONE reconnecting TCP connection while the server is killed and
//! restarted mid-run.
//!
//! Accounting, per call, on both sides: the client counts every call a guest issues and how it
//! ended; the server counts the calls it ran to completion and records, per `put`, the
//! revision it returned and the version it was given. Then:
//! - nothing is lost: `issued == ok + failed`, and every call ended within its deadline;
//! - nothing ran twice or out of thin air: `ok <= executed <= ok + failed_maybe_executed`
//!   (a call whose reply the kill swallowed ran but failed "may have executed");
//! - nothing was answered with another call's result: every `put` revision a guest saw is
//!   distinct and is the one the server returned for a `put` of the same version;
//! - failures are connection losses or deadlines, nothing else.
//!
//! (The literal `executed + failed == issued` cannot hold: a call that ran and whose reply was
//! lost with the connection is in both counts; the inequalities above are exact instead.)

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::FutureExt;
use futures::future::BoxFuture;
use neorun::dynamic::{self, RemoteCaller};
use neorun::kv::{Client, INTERFACE, InMemoryKv, KvService, Op};
use neorun::ledger::Ledger;
use neorun::neopack::schema::Interface;
use neorun::neopack::{Decoder, Limits};
use neorun::rpc::{
    Backoff, Binding, CallError, CallFailure, ClientConfig, Connection, Failure, ServerConfig,
    Service, serve,
};
use neorun::transport::Connector;
use neorun::transport::tcp::{TcpConnector, TcpListener};
use neorun::{Exports, Host};
use neorun_workspace::guests;
use wasmtime::Store;
use wasmtime::component::{Component, Linker};

const INSTANCES: u64 = 64;
const CALLS_PER_INSTANCE: u64 = 1_600; // 64 × 1,600 = 102,400
const CHUNK: u32 = 100;
const DEADLINE: Duration = Duration::from_secs(5);
/// Scheduling slack on top of the deadline when checking that a call ended in time.
const SLACK: Duration = Duration::from_secs(2);
const TEST_LIMIT: Duration = Duration::from_secs(240);

/// The `version` of the entry in `put`'s arguments: `record{e: record{key, value, tags,
/// version}}`.
fn put_version(args: &[u8]) -> Option<u64> {
    let mut d = Decoder::new(args, Limits::default()).ok()?;
    d.begin_record().ok()?;
    d.begin_record().ok()?;
    for _ in 0..3 {
        d.skip().ok()?;
    }
    d.u64().ok()
}

fn put_revision(result: &[u8]) -> Option<u64> {
    let mut d = Decoder::new(result, Limits::default()).ok()?;
    d.result().ok()?.then_some(())?;
    d.u64().ok()
}

/// The kv service, counting completed calls and recording `put` revision → version.
struct CountingKv {
    inner: KvService,
    put: usize,
    executed: Arc<AtomicU64>,
    puts: Arc<Mutex<HashMap<u64, u64>>>,
}

impl Service for CountingKv {
    fn interfaces(&self) -> &[Interface] {
        self.inner.interfaces()
    }

    fn call(
        &self,
        iface: usize,
        func: usize,
        args: Bytes,
    ) -> BoxFuture<'static, Result<Bytes, Failure>> {
        let version = (func == self.put).then(|| put_version(&args)).flatten();
        let (executed, puts) = (self.executed.clone(), self.puts.clone());
        self.inner
            .call(iface, func, args)
            .map(move |r| {
                if let Ok(v) = &r {
                    executed.fetch_add(1, Ordering::SeqCst);
                    if let (Some(version), Some(rev)) = (version, put_revision(v)) {
                        puts.lock().unwrap().insert(rev, version);
                    }
                }
                r
            })
            .boxed()
    }
}

#[derive(Default)]
struct ClientCounts {
    issued: AtomicU64,
    ok: AtomicU64,
    failed: AtomicU64,
    failed_maybe: AtomicU64,
    late: AtomicU64,
    unexpected: Mutex<Vec<String>>,
    /// (version, revision) of every successful `put`.
    puts: Mutex<Vec<(u64, u64)>>,
}

/// The guest's stubs call through this: counts, then forwards to the binding.
struct CountingCaller {
    binding: Binding,
    put: usize,
    counts: Arc<ClientCounts>,
    mine: Arc<AtomicU64>,
}

impl RemoteCaller for CountingCaller {
    fn call(&self, func: usize, args: Vec<u8>) -> BoxFuture<'static, Result<Bytes, CallError>> {
        let (counts, mine) = (self.counts.clone(), self.mine.clone());
        counts.issued.fetch_add(1, Ordering::SeqCst);
        mine.fetch_add(1, Ordering::SeqCst);
        let version = (func == self.put).then(|| put_version(&args)).flatten();
        let started = Instant::now();
        let call = self.binding.call(func, &args, None);
        async move {
            let r = call.await;
            if started.elapsed() > DEADLINE + SLACK {
                counts.late.fetch_add(1, Ordering::SeqCst);
            }
            match &r {
                Ok(v) => {
                    counts.ok.fetch_add(1, Ordering::SeqCst);
                    if let Some(version) = version {
                        let rev = put_revision(v).expect("a put answers a revision");
                        counts.puts.lock().unwrap().push((version, rev));
                    }
                }
                Err(e) => {
                    counts.failed.fetch_add(1, Ordering::SeqCst);
                    if e.may_have_executed() {
                        counts.failed_maybe.fetch_add(1, Ordering::SeqCst);
                    }
                    if !matches!(
                        e,
                        CallError {
                            kind: CallFailure::ConnectionLost { .. }
                                | CallFailure::DeadlineExceeded,
                            ..
                        }
                    ) {
                        counts.unexpected.lock().unwrap().push(e.to_string());
                    }
                }
            }
            r
        }
        .boxed()
    }
}

async fn start_server(addr: &str, service: Arc<dyn Service>) -> tokio::task::JoinHandle<()> {
    for _ in 0..200 {
        if let Ok(listener) = TcpListener::bind(addr).await {
            let serving = serve(listener, service, ServerConfig::default());
            return tokio::spawn(async move {
                let _ = serving.await;
            });
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("cannot bind {addr} again");
}

/// One guest instance: runs chunks of `noop` (and every fourth of `put`) until it has issued
/// its share of calls; a trap (a failed call) costs the instance, which is built anew.
async fn guest(
    engine: wasmtime::Engine,
    component: Component,
    linker: Arc<Linker<Host>>,
    mine: Arc<AtomicU64>,
    traps: Arc<AtomicUsize>,
) {
    let mut chunk = 0u32;
    'outer: while mine.load(Ordering::SeqCst) < CALLS_PER_INSTANCE {
        let mut store = Store::new(&engine, Host::new());
        let instance = linker.instantiate_async(&mut store, &component).await.expect("instantiate");
        let client = Client::new(&mut store, &instance).expect("client");
        loop {
            let left = CALLS_PER_INSTANCE - mine.load(Ordering::SeqCst);
            if left == 0 {
                break 'outer;
            }
            let n = u32::try_from(left).unwrap().min(CHUNK);
            let op = if chunk % 4 == 3 { Op::Put } else { Op::Noop };
            chunk += 1;
            match client.call_run(&mut store, op, n).await {
                Ok(Ok(sum)) => {
                    if op == Op::Noop {
                        assert_eq!(sum, u64::from(n), "noop checksum");
                    }
                }
                Ok(Err(e)) => panic!("the guest reported {e}"),
                Err(_trap) => {
                    traps.fetch_add(1, Ordering::SeqCst);
                    continue 'outer;
                }
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_thousand_calls_from_64_guests_survive_a_server_restart() {
    tokio::time::timeout(TEST_LIMIT, run()).await.expect("the load test took too long");
}

async fn run() {
    let t0 = Instant::now();
    let engine = neorun::host::engine().unwrap();
    let component = Component::new(&engine, guests::kv_client()).unwrap();

    let kv = InMemoryKv::new();
    let executed = Arc::new(AtomicU64::new(0));
    let server_puts = Arc::new(Mutex::new(HashMap::new()));
    let kv_service = neorun::kv::service(kv);
    let put_index =
        kv_service.interfaces()[0].functions.iter().position(|f| f.name == "put").unwrap();
    let mut exports = Exports::new();
    exports
        .add(Arc::new(CountingKv {
            inner: kv_service,
            put: put_index,
            executed: executed.clone(),
            puts: server_puts.clone(),
        }))
        .unwrap();
    let service: Arc<dyn Service> = Arc::new(exports);

    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    drop(listener);
    let server = start_server(&addr, service.clone()).await;

    let mut config = ClientConfig::default();
    config.default_deadline = Some(DEADLINE);
    config.reconnect = Backoff::new(Duration::from_millis(10), Duration::from_millis(200));
    let connector: Arc<dyn Connector> = Arc::new(TcpConnector::new(&addr));
    let conn = Connection::connect(connector, config).await.unwrap();

    let ledger = Ledger::new(&engine, &component);
    let iface = ledger.import(INTERFACE).unwrap().clone();
    let binding = conn.bind(iface.interface()).await.unwrap();
    let put = iface.function_index("put").unwrap();
    let counts = Arc::new(ClientCounts::default());
    let traps = Arc::new(AtomicUsize::new(0));

    let mut guests = Vec::new();
    for _ in 0..INSTANCES {
        let mine = Arc::new(AtomicU64::new(0));
        let caller = CountingCaller {
            binding: binding.clone(),
            put,
            counts: counts.clone(),
            mine: mine.clone(),
        };
        let mut linker = Linker::<Host>::new(&engine);
        dynamic::link_dynamic(&mut linker.instance(INTERFACE).unwrap(), &iface, Arc::new(caller))
            .unwrap();
        linker.define_unknown_imports_as_traps(&component).unwrap();
        let linker = Arc::new(linker);
        guests.push(tokio::spawn(guest(
            engine.clone(),
            component.clone(),
            linker,
            mine,
            traps.clone(),
        )));
    }

    // Kill the server a third of the way in; restart it 300 ms later.
    let total = INSTANCES * CALLS_PER_INSTANCE;
    while counts.issued.load(Ordering::SeqCst) < total / 3 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.abort();
    let _ = server.await;
    let killed_at = counts.issued.load(Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let _server = start_server(&addr, service).await;

    for g in guests {
        g.await.expect("a guest task panicked");
    }
    let issued = counts.issued.load(Ordering::SeqCst);
    let ok = counts.ok.load(Ordering::SeqCst);
    let failed = counts.failed.load(Ordering::SeqCst);
    let failed_maybe = counts.failed_maybe.load(Ordering::SeqCst);
    let executed = executed.load(Ordering::SeqCst);
    eprintln!(
        "issued {issued}, ok {ok}, failed {failed} ({failed_maybe} may have executed), \
         executed on the server {executed}, guest traps {}, killed at {killed_at}, \
         connections {}, {:.1} s",
        traps.load(Ordering::SeqCst),
        conn.connections(),
        t0.elapsed().as_secs_f64()
    );
    assert_eq!(issued, total, "every guest issued its share");
    assert!(issued >= 100_000);
    assert_eq!(issued, ok + failed, "a call was lost");
    assert_eq!(counts.late.load(Ordering::SeqCst), 0, "a call outlived its deadline");
    assert!(
        counts.unexpected.lock().unwrap().is_empty(),
        "{:?}",
        counts.unexpected.lock().unwrap()
    );
    assert!(ok <= executed, "a success the server never ran: ok {ok} > executed {executed}");
    assert!(
        executed <= ok + failed_maybe,
        "the server ran calls twice: {executed} > {ok} + {failed_maybe}"
    );
    assert!(conn.connections() >= 2, "the client reconnected");
    assert!(ok > issued / 2, "most calls succeed");

    let seen = counts.puts.lock().unwrap();
    let server_puts = server_puts.lock().unwrap();
    assert!(seen.len() > 10_000, "{} puts", seen.len());
    let mut revisions: Vec<u64> = seen.iter().map(|p| p.1).collect();
    revisions.sort_unstable();
    revisions.dedup();
    assert_eq!(revisions.len(), seen.len(), "two puts were answered with one revision");
    for (version, rev) in seen.iter() {
        assert_eq!(server_puts.get(rev), Some(version), "revision {rev} answered another call");
    }
}
