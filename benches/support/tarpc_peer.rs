//! The peer row: the same three operations as a tarpc service (serde + bincode over TCP with
//! `TCP_NODELAY`, tarpc's `tokio_serde` transport), served from the same in-memory store and
//! called from plain Rust tasks — tarpc has no WebAssembly guest, so no wasm call is in it.

use std::net::SocketAddr;
use std::sync::Arc;

use futures::StreamExt;
use futures::future::{FutureExt, LocalBoxFuture, join_all};
use neorun::kv::{self, InMemoryKv};
use serde::{Deserialize, Serialize};
use tarpc::serde_transport::Transport;
use tarpc::server::{BaseChannel, Channel};
use tarpc::tokio_serde::formats::Bincode;
use tarpc::{client, context};
use tokio::net::TcpStream;

use super::calls::{Calls, split};
use super::guest::Error;
use super::raw::{BENCH_KEY, bench_entry};
use super::servers::spawn_server_thread;

/// `record entry` of `neorun:kv/store`, for serde.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    key: String,
    value: Vec<u8>,
    tags: Vec<String>,
    version: u64,
}

impl From<kv::Entry> for Entry {
    fn from(e: kv::Entry) -> Self {
        Self { key: e.key, value: e.value, tags: e.tags, version: e.version }
    }
}

impl From<Entry> for kv::Entry {
    fn from(e: Entry) -> Self {
        Self { key: e.key, value: e.value, tags: e.tags, version: e.version }
    }
}

/// The store's `noop`, `get` and `put` as a tarpc service.
#[tarpc::service]
pub(crate) trait Kv {
    /// Does nothing.
    async fn noop();
    /// The entry under `key`.
    async fn get(key: String) -> Option<Entry>;
    /// Stores `e`; the new revision.
    async fn put(e: Entry) -> Result<u64, String>;
}

#[derive(Clone)]
struct KvServer(Arc<InMemoryKv>);

impl Kv for KvServer {
    async fn noop(self, _: context::Context) {}

    async fn get(self, _: context::Context, key: String) -> Option<Entry> {
        self.0.get(&key).map(Entry::from)
    }

    async fn put(self, _: context::Context, e: Entry) -> Result<u64, String> {
        self.0.put(e.into()).map_err(|e| format!("{e:?}"))
    }
}

async fn spawn(fut: impl Future<Output = ()> + Send + 'static) {
    tokio::spawn(fut);
}

/// A tarpc server of `kv` on 127.0.0.1 in its own thread (a current-thread runtime, one task
/// per request as tarpc's examples do); returns its address.
///
/// # Errors
/// When the socket cannot be bound.
pub(crate) fn server(kv: &Arc<InMemoryKv>) -> Result<SocketAddr, Error> {
    let kv = kv.clone();
    spawn_server_thread("tarpc-server", move |tx| async move {
        let listener = match tokio::net::TcpListener::bind("127.0.0.1:0").await {
            Ok(l) => l,
            Err(e) => {
                let _ = tx.send(Err(e.to_string()));
                return;
            }
        };
        let _ = tx.send(listener.local_addr().map_err(|e| e.to_string()));
        while let Ok((stream, _)) = listener.accept().await {
            if stream.set_nodelay(true).is_err() {
                continue;
            }
            let transport = Transport::from((stream, Bincode::default()));
            let server = KvServer(kv.clone());
            tokio::spawn(
                BaseChannel::with_defaults(transport).execute(server.serve()).for_each(spawn),
            );
        }
    })
}

/// A tarpc client connected to `addr`, its dispatch task on the current runtime.
///
/// # Errors
/// When the connection fails.
pub(crate) async fn connect(addr: SocketAddr) -> Result<KvClient, Error> {
    let stream = TcpStream::connect(addr).await?;
    stream.set_nodelay(true)?;
    let transport = Transport::from((stream, Bincode::default()));
    Ok(KvClient::new(client::Config::default(), transport).spawn())
}

/// Which tarpc function to call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TarpcOp {
    /// `noop()`.
    Noop,
    /// `get(BENCH_KEY)`.
    Get,
    /// `put(bench entry)`: the caller owns and clones the entry per call, as tarpc's API takes
    /// arguments by value.
    Put,
}

async fn call(client: &KvClient, op: TarpcOp, entry: &Entry) {
    let ctx = context::current();
    match op {
        TarpcOp::Noop => client.noop(ctx).await.expect("tarpc noop"),
        TarpcOp::Get => {
            let got = client.get(ctx, BENCH_KEY.to_owned()).await.expect("tarpc get");
            assert_eq!(got.map(|e| e.value.len()), Some(256), "tarpc get returned another value");
        }
        TarpcOp::Put => {
            let rev = client.put(ctx, entry.clone()).await.expect("tarpc put");
            assert!(rev.expect("tarpc put refused") > 0);
        }
    }
}

/// `tasks` plain Rust tasks calling `op` over one tarpc client (1 = sequential).
pub(crate) struct TarpcCalls {
    client: KvClient,
    op: TarpcOp,
    tasks: usize,
    entry: Entry,
}

impl TarpcCalls {
    /// Calls through `client`.
    pub(crate) fn new(client: KvClient, op: TarpcOp, tasks: usize) -> Self {
        Self { client, op, tasks, entry: bench_entry(1).into() }
    }
}

impl Calls for TarpcCalls {
    fn run(&mut self, n: u32) -> LocalBoxFuture<'_, ()> {
        let this = &*self;
        let callers = split(n, self.tasks).map(move |m| async move {
            for _ in 0..m {
                call(&this.client, this.op, &this.entry).await;
            }
        });
        let all = join_all(callers);
        async move {
            all.await;
        }
        .boxed_local()
    }
}
