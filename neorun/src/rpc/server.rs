//! The server driver: serves a [`Service`] on one connection ([`serve_connection`]) or on
//! every connection a [`Listener`] accepts ([`serve`]).
//!
//! Calls of one connection run concurrently inside that connection's task (no per-call
//! spawn); replies leave in completion order, coalesced into one flush per wake-up. Each
//! connection runs in its own task, so one bad client never disturbs another.

use std::collections::HashMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use futures::future::{AbortHandle, Abortable, BoxFuture};
use futures::stream::FuturesUnordered;
use futures::{FutureExt, SinkExt, StreamExt};
use neopack::schema::Interface;
use tokio::sync::watch;

use super::error::RpcError;
use super::outbox::Outbox;
use super::session::{Failure, ServerConfig, ServerEvent, ServerSchema, ServerSession};
use crate::transport::{Conn, Listener, TransportError};

/// The most frames read or completions collected per wake-up before writing.
const BATCH: usize = 64;

fn now() -> Instant {
    tokio::time::Instant::now().into_std()
}

/// What a server exports: interfaces and a function to run calls.
pub trait Service: Send + Sync + 'static {
    /// The exported interfaces; a call names them (and their functions) by index.
    fn interfaces(&self) -> &[Interface];

    /// Runs function `func` of interface `iface` with `args`, one parameter RECORD already
    /// validated against the function's parameter types. Resolves to the encoded result value
    /// (`UNIT` for a function without result) or a failure.
    fn call(
        &self,
        iface: usize,
        func: usize,
        args: Bytes,
    ) -> BoxFuture<'static, Result<Bytes, Failure>>;
}

/// Asks a server to shut down: every connection sends `goaway`, answers new calls
/// `shutting-down`, finishes its calls in flight and closes; [`serve`] stops accepting.
#[derive(Clone, Debug)]
pub struct ShutdownHandle {
    tx: Arc<watch::Sender<Option<String>>>,
}

impl ShutdownHandle {
    /// A handle not yet triggered.
    pub fn new() -> Self {
        Self { tx: Arc::new(watch::channel(None).0) }
    }

    /// Starts the shutdown, with `reason` sent in every `goaway`.
    pub fn shutdown(&self, reason: &str) {
        self.tx.send_replace(Some(reason.to_owned()));
    }

    fn subscribe(&self) -> watch::Receiver<Option<String>> {
        self.tx.subscribe()
    }
}

impl Default for ShutdownHandle {
    fn default() -> Self {
        Self::new()
    }
}

/// Serves `service` on one connection until the client leaves, the connection fails or a
/// protocol error closes it.
///
/// # Errors
/// [`RpcError::Transport`] when the transport fails; [`RpcError::Protocol`] when the client
/// broke the protocol.
pub async fn serve_connection(
    conn: Conn,
    service: Arc<dyn Service>,
    config: ServerConfig,
) -> Result<(), RpcError> {
    let schema = Arc::new(ServerSchema::new(service.interfaces().to_vec()));
    run_connection(conn, service, schema, config, ShutdownHandle::new().subscribe()).await
}

type CallOutcome = (u64, Result<Bytes, Failure>);

async fn wait_shutdown(rx: &mut watch::Receiver<Option<String>>) -> String {
    loop {
        if let Some(r) = rx.borrow_and_update().clone() {
            return r;
        }
        if rx.changed().await.is_err() {
            return futures::future::pending().await;
        }
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => futures::future::pending().await,
    }
}

async fn run_connection(
    conn: Conn,
    service: Arc<dyn Service>,
    schema: Arc<ServerSchema>,
    config: ServerConfig,
    mut shutdown: watch::Receiver<Option<String>>,
) -> Result<(), RpcError> {
    let Conn { mut sink, mut stream, peer, peer_identity } = conn;
    let mut session = ServerSession::new(schema, config, now()).with_peer_identity(peer_identity);
    let mut running: FuturesUnordered<Abortable<BoxFuture<'static, CallOutcome>>> =
        FuturesUnordered::new();
    let mut aborts: HashMap<u64, AbortHandle> = HashMap::new();
    let mut shut = false;
    let mut outbox = Outbox::default();
    let mut outcome = Ok(());
    loop {
        let mut close = false;
        while let Some(ev) = session.poll_event() {
            match ev {
                ServerEvent::Dispatch { id, iface, func, args, .. } => {
                    let fut = service.call(iface, func, args);
                    let fut = AssertUnwindSafe(fut).catch_unwind().map(move |r| {
                        (id, r.unwrap_or_else(|_| Err(Failure::handler("the handler panicked"))))
                    });
                    let (handle, reg) = AbortHandle::new_pair();
                    aborts.insert(id, handle);
                    running.push(Abortable::new(fut.boxed(), reg));
                }
                ServerEvent::Cancel { id } => {
                    if let Some(h) = aborts.remove(&id) {
                        h.abort();
                    }
                }
                ServerEvent::ProtocolViolation { what } => {
                    tracing::warn!(peer, "rpc protocol violation by the client: {what}");
                    outcome = Err(RpcError::Protocol(what));
                }
                ServerEvent::Close { reason } => {
                    tracing::debug!(peer, "closing rpc connection: {reason}");
                    close = true;
                }
            }
        }
        while let Some(b) = session.poll_transmit() {
            outbox.push(b);
        }
        if close || session.is_closed() {
            let _ = outbox.write_all(&mut sink).await;
            let _ = sink.close().await;
            return outcome;
        }
        let timeout = session.poll_timeout();
        let idle = outbox.is_idle();
        tokio::select! {
            r = futures::future::poll_fn(|cx| outbox.poll_write(&mut sink, cx)), if !idle => {
                if let Err(e) = r {
                    return Err(lost(&mut session, e));
                }
            }
            f = stream.next() => {
                let t = now();
                let mut next = Some(f);
                let mut n = 0;
                while let Some(f) = next.take() {
                    match f {
                        Some(Ok(b)) => session.handle_frame(t, &b),
                        Some(Err(e)) => return Err(lost(&mut session, e)),
                        None => {
                            session.connection_lost("closed by the client");
                            return outcome;
                        }
                    }
                    n += 1;
                    if n < BATCH && !session.is_closed() {
                        next = stream.next().now_or_never();
                    }
                }
            }
            Some(done) = running.next(), if !running.is_empty() => {
                let mut next = Some(done);
                let mut n = 0;
                while let Some(done) = next.take() {
                    if let Ok((id, result)) = done {
                        aborts.remove(&id);
                        session.complete(id, result);
                    }
                    n += 1;
                    if n < BATCH {
                        next = running.next().now_or_never().flatten();
                    }
                }
            }
            () = sleep_until(timeout) => session.handle_timeout(now()),
            reason = wait_shutdown(&mut shutdown), if !shut => {
                shut = true;
                session.shutdown(&reason);
            }
        }
    }
}

fn lost(session: &mut ServerSession, e: TransportError) -> RpcError {
    session.connection_lost(&e.to_string());
    RpcError::Transport(e)
}

/// The server of [`serve`]: a future that accepts connections until shut down, and the handle
/// that shuts it down.
#[must_use = "a server does nothing unless awaited or spawned"]
pub struct Serving {
    handle: ShutdownHandle,
    fut: BoxFuture<'static, Result<(), RpcError>>,
}

impl Serving {
    /// The handle that shuts this server down.
    pub fn shutdown_handle(&self) -> ShutdownHandle {
        self.handle.clone()
    }
}

impl std::fmt::Debug for Serving {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Serving").finish_non_exhaustive()
    }
}

impl Future for Serving {
    type Output = Result<(), RpcError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        self.fut.as_mut().poll(cx)
    }
}

/// Accepts connections from `listener` and serves `service` on each in its own task. Resolves
/// after a shutdown (see [`Serving::shutdown_handle`]) once every connection has closed, or
/// with an error when the listener fails.
pub fn serve(listener: impl Listener, service: Arc<dyn Service>, config: ServerConfig) -> Serving {
    let handle = ShutdownHandle::new();
    let rx = handle.subscribe();
    Serving { handle, fut: Box::pin(accept_loop(listener, service, config, rx)) }
}

async fn accept_loop(
    mut listener: impl Listener,
    service: Arc<dyn Service>,
    config: ServerConfig,
    mut shutdown: watch::Receiver<Option<String>>,
) -> Result<(), RpcError> {
    let schema = Arc::new(ServerSchema::new(service.interfaces().to_vec()));
    let mut tasks = tokio::task::JoinSet::new();
    let result = loop {
        tokio::select! {
            conn = listener.accept() => match conn {
                Ok(conn) => {
                    let peer = conn.peer.clone();
                    let fut = run_connection(
                        conn,
                        service.clone(),
                        schema.clone(),
                        config.clone(),
                        shutdown.clone(),
                    );
                    tasks.spawn(async move {
                        if let Err(e) = fut.await {
                            tracing::info!(peer, "rpc connection ended: {e}");
                        }
                    });
                }
                Err(TransportError::Closed) => break Ok(()),
                Err(e) => break Err(RpcError::Transport(e)),
            },
            _ = wait_shutdown(&mut shutdown) => break Ok(()),
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
        }
    };
    while tasks.join_next().await.is_some() {}
    result
}
