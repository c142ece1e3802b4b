//! The server driver: serves a [`Service`] on one connection ([`serve_connection`]) or on
//! every connection a [`Listener`] accepts ([`serve`]).
//!
//! Calls of one connection run concurrently inside that connection's task (no per-call
//! spawn); replies leave in completion order, coalesced into one flush per wake-up. Each
//! connection runs in its own task, so one bad client never disturbs another.
//!
//! Flow control: a connection reads frames only while its replies not yet taken by the
//! transport stay under `ServerConfig::reply_budget` and the server's [`Budget`] has room, so
//! a client that does not read its replies is pushed back by the transport (the TCP window)
//! instead of growing the server; it gets every reply once it reads.

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

use super::alarm::Alarm;
use super::error::RpcError;
use super::frame::{Frame, goaway};
use super::outbox::{Pending, poll_feed};
use super::session::{Failure, ServerConfig, ServerEvent, ServerSchema, ServerSession};
use crate::budget::{Budget, Held};
use crate::transport::{Conn, FrameSink, FrameStream, Listener, TransportError};

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

    /// True when [`call`](Service::call) decodes the arguments of interface `iface`'s
    /// functions into typed values with every check of their parameter types (a strict
    /// decoder of the same schema, such as the generated `Server` of `#[neorun::remote]`)
    /// and fails malformed ones with `bad-arguments`. The server then skips its own check of
    /// the arguments against the schema, which would walk them a second time. Default false:
    /// the server checks them before `call`.
    fn decodes_strictly(&self, iface: usize) -> bool {
        let _ = iface;
        false
    }
}

/// The schema the sessions of `service` check calls against.
fn schema_of(service: &dyn Service) -> Arc<ServerSchema> {
    let schema = ServerSchema::new(service.interfaces().to_vec());
    Arc::new(schema.with_strict_decoders(|i| service.decodes_strictly(i)))
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
    let schema = schema_of(service.as_ref());
    run_connection(conn, service, schema, config, ShutdownHandle::new().subscribe()).await
}

type CallOutcome = (u64, Result<Bytes, Failure>);

/// A handler future that did not finish when first polled.
type Running = Abortable<BoxFuture<'static, CallOutcome>>;

async fn wait_shutdown(mut rx: watch::Receiver<Option<String>>) -> String {
    loop {
        if let Some(r) = rx.borrow_and_update().clone() {
            return r;
        }
        if rx.changed().await.is_err() {
            return futures::future::pending().await;
        }
    }
}

/// How a connection's loop ended.
enum End {
    /// Flush what is queued, then close the transport.
    Close,
    /// The transport failed.
    Lost(TransportError),
    /// The client closed the connection.
    ClientClosed,
}

/// One connection: its session, the transport halves and the calls still running.
struct ConnDriver {
    session: ServerSession,
    service: Arc<dyn Service>,
    sink: FrameSink,
    stream: FrameStream,
    peer: String,
    running: FuturesUnordered<Running>,
    aborts: HashMap<u64, AbortHandle>,
    /// Frames handed to the sink and not flushed yet.
    unflushed: bool,
    budget: Budget,
    /// What this connection holds as last charged to the budget: queued bytes, argument
    /// bytes, calls in flight, calls refused.
    charged: (usize, usize, usize, u64),
    alarm: Alarm,
    shutdown: Option<BoxFuture<'static, String>>,
    outcome: Result<(), RpcError>,
}

impl ConnDriver {
    /// Starts the handler of a dispatched call and polls it once: a handler that is ready at
    /// once (most are) is answered on the spot, without a task of its own; the others run in
    /// [`ConnDriver::running`] until they finish or are cancelled.
    fn dispatch(&mut self, cx: &mut Context<'_>, id: u64, iface: usize, func: usize, args: Bytes) {
        let service = &self.service;
        let first = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let mut fut = service.call(iface, func, args);
            match fut.as_mut().poll(cx) {
                Poll::Ready(result) => Ok(result),
                Poll::Pending => Err(fut),
            }
        }));
        let fut = match first {
            Ok(Ok(result)) => return self.session.complete(id, result),
            Ok(Err(fut)) => fut,
            Err(_) => return self.session.complete(id, Err(panicked())),
        };
        let fut = AssertUnwindSafe(fut)
            .catch_unwind()
            .map(move |r| (id, r.unwrap_or_else(|_| Err(panicked()))));
        let (handle, reg) = AbortHandle::new_pair();
        self.aborts.insert(id, handle);
        self.running.push(Abortable::new(fut.boxed(), reg));
    }

    /// Acts on the session's events; true when it asks to close.
    fn events(&mut self, cx: &mut Context<'_>) -> bool {
        let mut close = false;
        while let Some(ev) = self.session.poll_event() {
            match ev {
                ServerEvent::Dispatch { id, iface, func, args, .. } => {
                    self.dispatch(cx, id, iface, func, args);
                }
                ServerEvent::Cancel { id } => {
                    if let Some(h) = self.aborts.remove(&id) {
                        h.abort();
                    }
                }
                ServerEvent::ProtocolViolation { what } => {
                    tracing::warn!(
                        peer = self.peer,
                        "rpc protocol violation by the client: {what}"
                    );
                    self.outcome = Err(RpcError::Protocol(what));
                }
                ServerEvent::Close { reason } => {
                    tracing::debug!(peer = self.peer, "closing rpc connection: {reason}");
                    close = true;
                }
            }
        }
        close
    }

    /// Runs until the connection ends: reads a batch of frames (each call's handler started as
    /// its frame is handled), collects finished handlers, then writes every reply with one
    /// flush; the timer is set for the session's next timeout.
    fn poll(&mut self, cx: &mut Context<'_>) -> Poll<End> {
        // Rounds of work before yielding to the other tasks of the runtime.
        const ROUNDS: usize = 16;
        for _ in 0..ROUNDS {
            let mut progress = false;
            if self.events(cx) {
                return Poll::Ready(End::Close);
            }
            if self.session.is_closed() {
                return Poll::Ready(End::Close);
            }
            if let Poll::Ready(Err(e)) = self.poll_write(cx) {
                return Poll::Ready(End::Lost(e));
            }
            self.charge();
            let mut t = None;
            for _ in 0..BATCH {
                // Backpressure: no new work while this connection's replies wait for the
                // client, or while the server's memory is spent (a release wakes us).
                if !self.session.wants_frames() || self.budget.poll_room(cx).is_pending() {
                    break;
                }
                match self.stream.as_mut().poll_next(cx) {
                    Poll::Ready(Some(Ok(b))) => {
                        let now = *t.get_or_insert_with(now);
                        self.session.handle_frame(now, &b);
                        // Start the call at once: its reply may leave with this batch.
                        if self.events(cx) {
                            return Poll::Ready(End::Close);
                        }
                        progress = true;
                        if self.session.is_closed() {
                            break;
                        }
                    }
                    Poll::Ready(Some(Err(e))) => return Poll::Ready(End::Lost(e)),
                    Poll::Ready(None) => return Poll::Ready(End::ClientClosed),
                    Poll::Pending => break,
                }
            }
            for _ in 0..BATCH {
                if self.running.is_empty() {
                    break;
                }
                match self.running.poll_next_unpin(cx) {
                    Poll::Ready(Some(done)) => {
                        if let Ok((id, result)) = done {
                            self.aborts.remove(&id);
                            self.session.complete(id, result);
                        }
                        progress = true;
                    }
                    Poll::Ready(None) | Poll::Pending => break,
                }
            }
            if let Some(shutdown) = &mut self.shutdown
                && let Poll::Ready(reason) = shutdown.as_mut().poll(cx)
            {
                self.shutdown = None;
                self.session.shutdown(&reason);
                progress = true;
            }
            self.alarm.want(self.session.poll_timeout());
            if self.alarm.poll(cx).is_ready() {
                self.session.handle_timeout(now());
                progress = true;
            }
            if self.session.has_transmit() {
                // Replies of this round: hand them over now (a full transport registered its
                // wake-up). Another round only when that made room to read again.
                let blocked = !self.session.wants_frames();
                if let Poll::Ready(Err(e)) = self.poll_write(cx) {
                    return Poll::Ready(End::Lost(e));
                }
                progress |= blocked && self.session.wants_frames();
            }
            self.charge();
            if !progress {
                // Every source polled above registered its wake-up.
                return Poll::Pending;
            }
        }
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}

impl ConnDriver {
    /// Hands the session's frames to the sink while it accepts them, then flushes: a reply
    /// stays in the session (counted in flight, its id taken) until the transport accepts it.
    fn poll_write(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), TransportError>> {
        poll_feed(&mut self.session, &mut self.unflushed, &mut self.sink, cx)
    }

    /// Brings the budget's counts of this connection up to date.
    fn charge(&mut self) {
        let s = &self.session;
        self.settle((s.queued_bytes(), s.argument_bytes(), s.in_flight(), s.refused()));
    }

    /// Gives back everything this connection holds (its refusals stay counted).
    fn uncharge(&mut self) {
        self.settle((0, 0, 0, self.charged.3));
    }

    /// Moves the budget's counts of this connection from what was charged to `now`.
    fn settle(&mut self, now: (usize, usize, usize, u64)) {
        let (q, a, f, r) = self.charged;
        if now != self.charged {
            self.budget.set(Held::QueuedReplies, q, now.0);
            self.budget.set(Held::Arguments, a, now.1);
            self.budget.set_in_flight(f, now.2);
            self.budget.add_refused(now.3 - r);
            self.charged = now;
        }
    }

    /// Writes what the session still has, then closes the transport; gives up after
    /// [`CLOSE_LINGER`] on a client that does not read.
    async fn finish(&mut self) {
        let _ = tokio::time::timeout(CLOSE_LINGER, async {
            let _ = futures::future::poll_fn(|cx| self.poll_write(cx)).await;
            let _ = self.sink.close().await;
        })
        .await;
    }
}

/// The `goaway` reason for a transport error that the server closes the connection for, when
/// the transport still works for sending (the peer broke a limit, not the connection).
fn limit_goaway(e: &TransportError) -> Option<String> {
    match e {
        TransportError::FrameTooLarge { .. } => Some(goaway::reason(goaway::FRAME_TOO_LARGE, e)),
        TransportError::FrameTimeout { for_budget: false, .. } => {
            Some(goaway::reason(goaway::FRAME_TIMEOUT, e))
        }
        TransportError::FrameTimeout { for_budget: true, .. }
        | TransportError::OverBudget { .. } => Some(goaway::reason(goaway::MEMORY_BUDGET, e)),
        _ => None,
    }
}

/// How long a closing server waits to hand a last `goaway` to the transport.
const CLOSE_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

/// How long a closing connection may take to hand its last replies to a slow client.
const CLOSE_LINGER: std::time::Duration = std::time::Duration::from_secs(10);

/// The session's frames wait in the session until the transport takes them.
impl Pending for ServerSession {
    fn has_frame(&self) -> bool {
        self.has_transmit()
    }

    fn take_frame(&mut self) -> Option<Bytes> {
        self.poll_transmit()
    }
}

fn panicked() -> Failure {
    Failure::handler("the handler panicked")
}

async fn run_connection(
    conn: Conn,
    service: Arc<dyn Service>,
    schema: Arc<ServerSchema>,
    config: ServerConfig,
    shutdown: watch::Receiver<Option<String>>,
) -> Result<(), RpcError> {
    let Conn { sink, stream, peer, peer_identity, intake } = conn;
    let budget = config.budget.clone();
    intake.limit(budget.clone(), config.frame_timeout);
    let session = ServerSession::new(schema, config, now()).with_peer_identity(peer_identity);
    let mut d = ConnDriver {
        session,
        service,
        sink,
        stream,
        peer,
        running: FuturesUnordered::new(),
        aborts: HashMap::new(),
        unflushed: false,
        budget,
        charged: (0, 0, 0, 0),
        alarm: Alarm::default(),
        shutdown: Some(wait_shutdown(shutdown).boxed()),
        outcome: Ok(()),
    };
    let end = futures::future::poll_fn(|cx| d.poll(cx)).await;
    // Nothing new is read from here on: the calls still running are dropped with the driver.
    d.uncharge();
    match end {
        End::Close => {
            d.finish().await;
            d.outcome
        }
        End::Lost(e) => match limit_goaway(&e) {
            // The client broke a limit of the transport: tell it why, then close.
            Some(reason) => {
                tracing::info!(peer = d.peer, "closing rpc connection: {reason}");
                d.session.connection_lost(&reason);
                send_goaway(&mut d.sink, &reason).await;
                Err(RpcError::Transport(e))
            }
            None => {
                d.session.connection_lost(&e.to_string());
                Err(RpcError::Transport(e))
            }
        },
        End::ClientClosed => {
            d.session.connection_lost("closed by the client");
            d.outcome
        }
    }
}

/// Sends `goaway` with `reason` and closes the sink, giving up after [`CLOSE_GRACE`].
async fn send_goaway(sink: &mut FrameSink, reason: &str) {
    let mut enc = neopack::Encoder::new();
    if let Ok(frame) = (Frame::Goaway { reason }).encode(&mut enc) {
        let frame = Bytes::copy_from_slice(frame);
        let _ = tokio::time::timeout(CLOSE_GRACE, async {
            let _ = sink.send(frame).await;
            let _ = sink.close().await;
        })
        .await;
    }
}

/// Answers a connection over the connection limit with `goaway` `too-many-connections`, then
/// closes it.
async fn refuse_connection(mut conn: Conn, limit: usize) {
    let reason = goaway::reason(
        goaway::TOO_MANY_CONNECTIONS,
        format!("the server already serves its limit of {limit} connections"),
    );
    send_goaway(&mut conn.sink, &reason).await;
}

/// The server of [`serve`]: a future that accepts connections until shut down, and the handle
/// that shuts it down.
#[must_use = "a server does nothing unless awaited or spawned"]
pub struct Serving {
    handle: ShutdownHandle,
    budget: Budget,
    fut: BoxFuture<'static, Result<(), RpcError>>,
}

impl Serving {
    /// The handle that shuts this server down.
    pub fn shutdown_handle(&self) -> ShutdownHandle {
        self.handle.clone()
    }

    /// The budget this server's connections count against (`ServerConfig::budget`): its
    /// [`Budget::stats`] is a cheap snapshot of connections, queued reply bytes, partial-frame
    /// bytes, calls in flight and refusals.
    pub fn budget(&self) -> Budget {
        self.budget.clone()
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
    let budget = config.budget.clone();
    Serving { handle, budget, fut: Box::pin(accept_loop(listener, service, config, rx)) }
}

async fn accept_loop(
    mut listener: impl Listener,
    service: Arc<dyn Service>,
    config: ServerConfig,
    shutdown: watch::Receiver<Option<String>>,
) -> Result<(), RpcError> {
    let schema = schema_of(service.as_ref());
    let mut tasks = tokio::task::JoinSet::new();
    let mut stop = std::pin::pin!(wait_shutdown(shutdown.clone()));
    let result = loop {
        tokio::select! {
            conn = listener.accept() => match conn {
                Ok(conn) => {
                    let peer = conn.peer.clone();
                    let Some(admitted) = config.budget.admit() else {
                        let limit = config.budget.limits().max_connections;
                        tracing::warn!(peer, limit, "refusing a connection: connection limit reached");
                        tasks.spawn(refuse_connection(conn, limit));
                        continue;
                    };
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
                        drop(admitted);
                    });
                }
                Err(TransportError::Closed) => break Ok(()),
                Err(e) => break Err(RpcError::Transport(e)),
            },
            _ = &mut stop => break Ok(()),
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
        }
    };
    while tasks.join_next().await.is_some() {}
    result
}
