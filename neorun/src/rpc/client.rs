//! The client driver: one task per connection owns the transport and a [`ClientSession`];
//! cheap handles ([`Connection`], [`Binding`]) start calls from any task.
//!
//! The call path encodes the call frame into the session's reused buffer under a short lock,
//! queues it and wakes the driver only when the queue was empty; the driver feeds every queued
//! frame and flushes once, and completes callers through oneshot channels.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::{FutureExt, SinkExt, StreamExt};

use neopack::schema::{Interface, Type};
use tokio::sync::{Notify, oneshot};

use super::error::{BindError, CallError, RpcError};
use super::frame::{HelloInterface, Welcome, WelcomeEntry};
use super::outbox::Outbox;
use super::session::{CallFailure, ClientConfig, ClientEvent, ClientSession};
use crate::transport::{Conn, FrameSink, FrameStream};

type Waiter = oneshot::Sender<Result<Bytes, CallFailure>>;
type HelloWaiter = oneshot::Sender<Result<Welcome, String>>;

/// The most frames read from the transport per lock, to batch work without starving writes.
const READ_BATCH: usize = 64;

fn now() -> Instant {
    tokio::time::Instant::now().into_std()
}

struct Inner {
    session: ClientSession<Waiter>,
    hellos: HashMap<u64, HelloWaiter>,
}

impl Inner {
    /// Completes waiters for every pending event.
    fn process_events(&mut self, peer: &str) {
        while let Some(ev) = self.session.poll_event() {
            match ev {
                ClientEvent::Completed { payload, result, .. } => {
                    let _ = payload.send(result);
                }
                ClientEvent::Welcome { token, welcome } => {
                    if let Some(w) = self.hellos.remove(&token) {
                        let _ = w.send(Ok(welcome));
                    }
                }
                ClientEvent::HandshakeFailed { token, reason } => {
                    if let Some(w) = self.hellos.remove(&token) {
                        let _ = w.send(Err(reason));
                    }
                }
                ClientEvent::ProtocolViolation { what } => {
                    tracing::warn!(peer, "rpc protocol violation by the server: {what}");
                }
                ClientEvent::GoAway { reason } => {
                    tracing::info!(peer, "server is going away: {reason}");
                }
                ClientEvent::Closed { reason } => {
                    tracing::debug!(peer, "rpc connection closed: {reason}");
                }
            }
        }
    }
}

struct Shared {
    inner: Mutex<Inner>,
    wake: Notify,
    handles: AtomicUsize,
    config: ClientConfig,
    peer: String,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves a consistent session (no step panics midway).
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// A client connection: a cheap, cloneable handle to the task that drives one transport
/// connection. The task ends when the transport closes or the last handle (including every
/// [`Binding`] and pending [`CallFuture`]) is dropped.
pub struct Connection {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection").field("peer", &self.shared.peer).finish_non_exhaustive()
    }
}

impl Clone for Connection {
    fn clone(&self) -> Self {
        self.shared.handles.fetch_add(1, Ordering::Relaxed);
        Self { shared: self.shared.clone() }
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        if self.shared.handles.fetch_sub(1, Ordering::AcqRel) == 1 {
            self.shared.wake.notify_one();
        }
    }
}

impl Connection {
    /// Starts driving `conn` on the current tokio runtime.
    ///
    /// # Errors
    /// [`RpcError::NoRuntime`] outside a tokio runtime.
    pub fn connect(conn: Conn, config: ClientConfig) -> Result<Connection, RpcError> {
        let rt = tokio::runtime::Handle::try_current().map_err(|_| RpcError::NoRuntime)?;
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                session: ClientSession::new(config.clone(), now()),
                hellos: HashMap::new(),
            }),
            wake: Notify::new(),
            handles: AtomicUsize::new(1),
            config,
            peer: conn.peer.clone(),
        });
        rt.spawn(drive(shared.clone(), conn.sink, conn.stream));
        Ok(Connection { shared })
    }

    /// The peer's description from the transport.
    pub fn peer(&self) -> &str {
        &self.shared.peer
    }

    /// Binds `iface` (the functions this client will call, as the client sees them): sends a
    /// `hello` and checks the server's answer. Several bindings may share a connection.
    ///
    /// # Errors
    /// [`BindError::Mismatch`] naming the first function whose signature differs and the first
    /// difference; [`BindError::UnknownInterface`]; [`BindError::Handshake`] on timeout,
    /// connection loss or a malformed answer.
    pub async fn bind(&self, iface: &Interface) -> Result<Binding, BindError> {
        let handshake =
            |reason: String| BindError::Handshake { interface: iface.name.clone(), reason };
        let (tx, rx) = oneshot::channel();
        {
            let mut g = self.shared.lock();
            let token =
                g.session.hello(now(), vec![HelloInterface::of(iface)]).map_err(handshake)?;
            g.hellos.insert(token, tx);
        }
        self.shared.wake.notify_one();
        let welcome = rx.await.map_err(|_| handshake("the connection driver stopped".into()))?;
        let welcome = welcome.map_err(handshake)?;
        match welcome.interfaces.into_iter().next() {
            Some(WelcomeEntry::Accepted { iface: server_iface, funcs })
                if funcs.len() == iface.functions.len() =>
            {
                Ok(Binding {
                    inner: Arc::new(BindingInner {
                        conn: self.clone(),
                        types: iface
                            .functions
                            .iter()
                            .map(|f| (f.params_type(), f.result.clone()))
                            .collect(),
                        iface: iface.clone(),
                        server_iface,
                        funcs,
                    }),
                })
            }
            Some(WelcomeEntry::UnknownInterface) => {
                Err(BindError::UnknownInterface { interface: iface.name.clone() })
            }
            Some(WelcomeEntry::Mismatch { function, server }) => {
                let ours = iface.function(&function);
                let difference = match (ours, server) {
                    (Some(ours), Some(theirs)) => ours
                        .first_difference(&theirs)
                        .unwrap_or_else(|| "the fingerprints differ".to_owned()),
                    (_, None) => "the server does not export it".to_owned(),
                    (None, Some(_)) => "the server named a function that was not requested".into(),
                };
                Err(BindError::Mismatch { interface: iface.name.clone(), function, difference })
            }
            _ => Err(handshake("malformed welcome".into())),
        }
    }
}

struct BindingInner {
    conn: Connection,
    iface: Interface,
    server_iface: u32,
    funcs: Vec<u32>,
    /// Per function: parameter record type and result type.
    types: Vec<(Type, Option<Type>)>,
}

/// An interface bound on a connection: calls its functions by index.
#[derive(Clone)]
pub struct Binding {
    inner: Arc<BindingInner>,
}

impl std::fmt::Debug for Binding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Binding").field("interface", &self.inner.iface.name).finish_non_exhaustive()
    }
}

impl Binding {
    /// The bound interface, as given to [`Connection::bind`].
    pub fn interface(&self) -> &Interface {
        &self.inner.iface
    }

    /// The connection this binding uses.
    pub fn connection(&self) -> &Connection {
        &self.inner.conn
    }

    /// Calls function `func` (an index into the bound interface's functions) with `args`, one
    /// encoded parameter RECORD, and an optional deadline relative to now.
    ///
    /// The call is queued immediately; the future resolves to the exact bytes of the result
    /// value (`UNIT` for a function without result). Dropping the future before it completes
    /// cancels the call (a `cancel` frame reaches the server).
    pub fn call(&self, func: usize, args: &[u8], deadline: Option<Duration>) -> CallFuture {
        let b = &self.inner;
        let fail = |reason: String| CallFuture {
            state: CallState::Failed(Some(self.error(func, CallFailure::Rejected { reason }))),
        };
        let (Some(&server_func), Some((params, _))) = (b.funcs.get(func), b.types.get(func)) else {
            return fail(format!("no function {func} in the binding"));
        };
        let shared = &b.conn.shared;
        if shared.config.validate_args
            && let Err(e) = neopack::validate(args, params, shared.config.limits)
        {
            return fail(format!("invalid arguments: {e}"));
        }
        let (tx, rx) = oneshot::channel();
        let mut g = shared.lock();
        let was_empty = g.session.outbound_is_empty();
        let started = g.session.call(now(), b.server_iface, server_func, args, deadline, tx);
        drop(g);
        match started {
            Ok(id) => {
                if was_empty {
                    shared.wake.notify_one();
                }
                CallFuture {
                    state: CallState::Pending { rx, id, binding: self.inner.clone(), func },
                }
            }
            Err((failure, _)) => {
                CallFuture { state: CallState::Failed(Some(self.error(func, failure))) }
            }
        }
    }

    fn error(&self, func: usize, failure: CallFailure) -> CallError {
        error_for(&self.inner, func, failure)
    }
}

fn error_for(b: &BindingInner, func: usize, failure: CallFailure) -> CallError {
    let name = b.iface.functions.get(func).map_or("?", |f| f.name.as_str());
    CallError::from_failure(&b.iface.name, name, failure)
}

enum CallState {
    Failed(Option<CallError>),
    Pending {
        rx: oneshot::Receiver<Result<Bytes, CallFailure>>,
        id: u64,
        binding: Arc<BindingInner>,
        func: usize,
    },
    Done,
}

/// A call in flight, from [`Binding::call`]. Dropping it before completion cancels the call.
#[must_use = "a call is cancelled when its future is dropped"]
pub struct CallFuture {
    state: CallState,
}

impl std::fmt::Debug for CallFuture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallFuture").finish_non_exhaustive()
    }
}

impl Future for CallFuture {
    type Output = Result<Bytes, CallError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = &mut *self;
        let (result, binding, func) = match &mut this.state {
            CallState::Failed(e) => {
                let e = e.take();
                this.state = CallState::Done;
                return Poll::Ready(Err(e.unwrap_or_else(|| CallError::NotSent {
                    interface: String::new(),
                    function: String::new(),
                    reason: "polled after completion".into(),
                })));
            }
            CallState::Pending { rx, binding, func, .. } => match rx.poll_unpin(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(r) => (r, binding.clone(), *func),
            },
            CallState::Done => panic!("CallFuture polled after completion"),
        };
        this.state = CallState::Done;
        let result = result.unwrap_or_else(|_| {
            Err(CallFailure::ConnectionLost {
                may_have_executed: true,
                reason: "the connection driver stopped".into(),
            })
        });
        Poll::Ready(match result {
            Ok(value) => check_result(&binding, func, value),
            Err(f) => Err(error_for(&binding, func, f)),
        })
    }
}

fn check_result(b: &BindingInner, func: usize, value: Bytes) -> Result<Bytes, CallError> {
    let config = &b.conn.shared.config;
    if !config.validate_results {
        return Ok(value);
    }
    let checked = match b.types.get(func).and_then(|t| t.1.as_ref()) {
        Some(ty) => neopack::validate(&value, ty, config.limits).map_err(|e| e.to_string()),
        None if value[..] == [neopack::tag::UNIT] => Ok(()),
        None => Err("a function without result must return unit".to_owned()),
    };
    match checked {
        Ok(()) => Ok(value),
        Err(detail) => Err(error_for(b, func, CallFailure::Malformed { detail })),
    }
}

impl Drop for CallFuture {
    fn drop(&mut self) {
        if let CallState::Pending { id, binding, .. } = &self.state {
            let shared = &binding.conn.shared;
            let mut g = shared.lock();
            let was_empty = g.session.outbound_is_empty();
            let cancelled = g.session.cancel(*id).is_some();
            let wake = cancelled && was_empty && !g.session.outbound_is_empty();
            drop(g);
            if wake {
                shared.wake.notify_one();
            }
        }
    }
}

async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at.into()).await,
        None => futures::future::pending().await,
    }
}

/// The driver task: moves frames between the session and the transport. Writing never blocks
/// reading (see [`Outbox`]).
async fn drive(shared: Arc<Shared>, mut sink: FrameSink, mut stream: FrameStream) {
    let peer = shared.peer.clone();
    let mut outbox = Outbox::default();
    let mut closing = false;
    loop {
        let (timeout, closed) = {
            let mut g = shared.lock();
            if !closing && shared.handles.load(Ordering::Acquire) == 0 {
                closing = true;
                g.session.close("client closed");
            }
            while let Some(b) = g.session.poll_transmit() {
                outbox.push(b);
            }
            g.process_events(&peer);
            (g.session.poll_timeout(), g.session.is_closed())
        };
        if closed || closing {
            let _ = outbox.write_all(&mut sink).await;
            let _ = sink.close().await;
            let mut g = shared.lock();
            g.session.connection_lost("client closed");
            g.process_events(&peer);
            return;
        }
        let idle = outbox.is_idle();
        tokio::select! {
            biased;
            r = futures::future::poll_fn(|cx| outbox.poll_write(&mut sink, cx)), if !idle => {
                if let Err(e) = r {
                    shared.lock().session.connection_lost(&e.to_string());
                }
            }
            f = stream.next() => {
                let t = now();
                let mut g = shared.lock();
                let mut next = Some(f);
                let mut n = 0;
                while let Some(f) = next.take() {
                    match f {
                        Some(Ok(b)) => g.session.handle_frame(t, &b),
                        Some(Err(e)) => g.session.connection_lost(&e.to_string()),
                        None => g.session.connection_lost("closed by the server"),
                    }
                    n += 1;
                    if n < READ_BATCH && !g.session.is_closed() {
                        next = stream.next().now_or_never();
                    }
                }
            }
            () = shared.wake.notified() => {}
            () = sleep_until(timeout) => shared.lock().session.handle_timeout(now()),
        }
    }
}
