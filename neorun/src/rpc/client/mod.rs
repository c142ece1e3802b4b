//! The client driver: one task per [`Connection`] owns the transport and a [`ClientSession`];
//! cheap handles ([`Connection`], [`Binding`]) start calls from any task.
//!
//! The call path encodes the call frame into the session's reused buffer under a short lock,
//! queues it and wakes the driver only when the queue was empty; the driver feeds every queued
//! frame and flushes once, and completes callers through their [`CallSlot`].
//!
//! A call that cannot go out at once — the connection has `max_in_flight` calls in flight, is
//! reconnecting, or is re-running a binding's handshake — waits in a bounded queue
//! (`ClientConfig::max_queued`; beyond it the call fails `overloaded`) until its deadline. A
//! connection made with [`Connection::connect_with`] reconnects after a loss with a bounded,
//! jittered exponential backoff, re-runs the handshake of every live [`Binding`] (function
//! indexes are per connection) and sends again the calls that had not left.

mod call;
mod driver;

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::{Duration, Instant};

use bytes::Bytes;
use neopack::schema::{Interface, Type};
use tokio::sync::{Notify, oneshot};

use super::error::{BindError, CallError, RpcError};
use super::frame::{HelloInterface, Welcome, WelcomeEntry};
use super::session::{CallFailure, ClientConfig, ClientEvent, ClientSession};
use crate::transport::{Conn, Connector};
pub use call::CallFuture;
use call::{CallSlot, Loc};

/// What a user `bind` waits for: the binding's slot (when accepted) and the welcome.
type HelloWaiter = oneshot::Sender<Result<(Option<usize>, Welcome), String>>;

fn now() -> Instant {
    tokio::time::Instant::now().into_std()
}

/// A binding's function index table on the current connection.
#[derive(Debug)]
enum Table {
    /// Accepted on connection `generation`.
    Bound { generation: u64, iface: u32, funcs: Vec<u32> },
    /// Its handshake on the current connection has not been answered yet.
    Stale,
    /// The server refused it on the current connection (or it is gone): calls fail.
    Failed(String),
}

#[derive(Debug)]
struct BindingSlot {
    hello: HelloInterface,
    table: Table,
    owner: Weak<BindingInner>,
    claimed: bool,
}

#[derive(Debug, PartialEq, Eq)]
enum Link {
    /// Waiting for a transport connection.
    Connecting,
    Open,
    Closed(String),
}

/// Where a call can go now.
enum Target {
    /// To the server's interface and function indexes.
    Send(u32, u32),
    /// Nowhere yet: its binding's handshake on this connection is not answered.
    Wait,
    /// Nowhere: its binding was refused (the reason).
    Fail(String),
}

/// A call waiting to be sent, with its own copy of the arguments.
struct Queued {
    slot: Arc<CallSlot>,
    args: Bytes,
}

struct Inner {
    session: ClientSession<Arc<CallSlot>>,
    /// Counts transport connections; a [`Table`] is valid for one generation.
    generation: u64,
    link: Link,
    hellos: HashMap<u64, (HelloInterface, HelloWaiter)>,
    rebinds: HashMap<u64, usize>,
    bindings: Vec<BindingSlot>,
    queue: VecDeque<Queued>,
    last_close: String,
}

impl Inner {
    fn limit(&self, config: &ClientConfig) -> usize {
        config.max_in_flight.min(self.session.peer_max_in_flight()).max(1) as usize
    }

    fn ready(&self) -> bool {
        self.link == Link::Open && self.session.accepts_calls()
    }

    /// Where `slot`'s call goes on the current connection: its binding's server indexes, or
    /// why it must wait or fail.
    fn target(&self, slot: &CallSlot) -> Target {
        match self.bindings.get(slot.binding).map(|b| &b.table) {
            Some(Table::Bound { generation, iface, funcs }) if *generation == self.generation => {
                match funcs.get(slot.func) {
                    Some(&func) => Target::Send(*iface, func),
                    None => Target::Fail("no such function".into()),
                }
            }
            Some(Table::Failed(reason)) => Target::Fail(reason.clone()),
            Some(_) => Target::Wait,
            None => Target::Fail("no such binding".into()),
        }
    }

    /// Registers the call with the session and records where it went.
    fn send(
        &mut self,
        now: Instant,
        slot: &Arc<CallSlot>,
        iface: u32,
        func: u32,
        args: &[u8],
        timeout: Option<Duration>,
    ) -> Result<(), CallFailure> {
        let id =
            self.session.call(now, iface, func, args, timeout, slot.clone()).map_err(|(f, _)| f)?;
        slot.set_loc(Loc::Sent { generation: self.generation, id });
        Ok(())
    }

    /// Sends `slot`'s call now if nothing stands in the way, else queues it. Returns whether
    /// the driver must be woken.
    fn start(
        &mut self,
        now: Instant,
        slot: &Arc<CallSlot>,
        args: &[u8],
        timeout: Option<Duration>,
        config: &ClientConfig,
        reconnects: bool,
    ) -> Result<bool, CallFailure> {
        if let Link::Closed(r) = &self.link {
            return Err(CallFailure::Rejected {
                reason: format!("the connection is closed ({r})"),
            });
        }
        if !self.session.accepts_calls() && self.link == Link::Open && !reconnects {
            return Err(CallFailure::Rejected { reason: "the server is going away".into() });
        }
        let free =
            self.ready() && self.queue.is_empty() && self.session.in_flight() < self.limit(config);
        match self.target(slot) {
            Target::Fail(reason) => return Err(CallFailure::Rejected { reason }),
            Target::Send(iface, func) if free => {
                let was_empty = self.session.outbound_is_empty();
                self.send(now, slot, iface, func, args, timeout)?;
                return Ok(was_empty);
            }
            Target::Send(..) | Target::Wait => {}
        }
        if self.queue.len() >= config.max_queued {
            return Err(CallFailure::Overloaded { limit: config.max_queued });
        }
        self.queue.push_back(Queued { slot: slot.clone(), args: Bytes::copy_from_slice(args) });
        Ok(true)
    }

    /// Moves queued calls into the session while slots are free.
    fn promote(&mut self, now: Instant, config: &ClientConfig) {
        let limit = self.limit(config);
        while self.ready() && self.session.in_flight() < limit {
            let Some(q) = self.queue.front() else { break };
            let slot = q.slot.clone();
            if slot.is_abandoned() {
                self.queue.pop_front();
                continue;
            }
            let timeout = match slot.deadline {
                Some(d) if d <= now => {
                    self.queue.pop_front();
                    slot.complete(Err(CallFailure::DeadlineExceeded));
                    continue;
                }
                d => d.map(|d| d - now),
            };
            let (iface, func) = match self.target(&slot) {
                Target::Send(iface, func) => (iface, func),
                Target::Wait => break,
                Target::Fail(reason) => {
                    self.queue.pop_front();
                    slot.complete(Err(CallFailure::Rejected { reason }));
                    continue;
                }
            };
            let Some(q) = self.queue.pop_front() else { break };
            if let Err(f) = self.send(now, &slot, iface, func, &q.args, timeout) {
                slot.complete(Err(f));
            }
        }
    }

    /// Fails queued calls past their deadline, forgets abandoned ones; returns the earliest
    /// deadline left.
    fn expire_queue(&mut self, now: Instant) -> Option<Instant> {
        if self.queue.is_empty() {
            return None;
        }
        let mut next: Option<Instant> = None;
        self.queue.retain(|q| {
            if q.slot.is_abandoned() {
                return false;
            }
            match q.slot.deadline {
                Some(d) if d <= now => {
                    q.slot.complete(Err(CallFailure::DeadlineExceeded));
                    false
                }
                Some(d) => {
                    next = Some(next.map_or(d, |n| n.min(d)));
                    true
                }
                None => true,
            }
        });
        next
    }

    fn fail_queue(&mut self, failure: &CallFailure) {
        for q in self.queue.drain(..) {
            q.slot.complete(Err(failure.clone()));
        }
    }

    /// A new transport connection: a fresh session, and a handshake for every live binding.
    fn open(&mut self, now: Instant, config: &ClientConfig) {
        self.generation += 1;
        self.session = ClientSession::new(config.clone(), now);
        self.link = Link::Open;
        self.rebinds.clear();
        for (i, b) in self.bindings.iter_mut().enumerate() {
            if b.claimed && b.owner.strong_count() == 0 {
                b.table = Table::Failed("the binding was dropped".into());
                continue;
            }
            b.table = match self.session.hello(now, vec![b.hello.clone()]) {
                Ok(token) => {
                    self.rebinds.insert(token, i);
                    Table::Stale
                }
                Err(reason) => Table::Failed(reason),
            };
        }
    }

    /// The transport is gone. With `reconnect`, calls that had not left go back to the
    /// queue; otherwise the connection is closed for good and queued calls fail.
    fn lost(&mut self, reason: &str, reconnect: bool, peer: &str) {
        if reconnect {
            for (_, slot, args) in self.session.take_unsent().into_iter().rev() {
                slot.set_loc(Loc::Queued);
                self.queue.push_front(Queued { slot, args });
            }
        }
        self.session.connection_lost(reason);
        self.process_events(peer);
        if reconnect {
            self.link = Link::Connecting;
        } else {
            self.close_for_good(reason);
        }
    }

    fn close_for_good(&mut self, reason: &str) {
        self.session.connection_lost(reason);
        self.link = Link::Closed(reason.to_owned());
        let reason = reason.to_owned();
        self.fail_queue(&CallFailure::ConnectionLost { may_have_executed: false, reason });
        for (_, (_, w)) in self.hellos.drain() {
            let _ = w.send(Err("the connection is closed".into()));
        }
    }

    /// Completes waiters for every pending event.
    fn process_events(&mut self, peer: &str) {
        while let Some(ev) = self.session.poll_event() {
            match ev {
                ClientEvent::Completed { payload, result, .. } => payload.complete(result),
                ClientEvent::Welcome { token, welcome } => self.welcome(token, welcome),
                ClientEvent::HandshakeFailed { token, reason } => {
                    if let Some((_, w)) = self.hellos.remove(&token) {
                        let _ = w.send(Err(reason));
                    } else if let Some(b) =
                        self.rebinds.remove(&token).and_then(|i| self.bindings.get_mut(i))
                    {
                        b.table = Table::Failed(format!("handshake failed: {reason}"));
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
                    self.last_close = reason;
                }
            }
        }
    }

    fn welcome(&mut self, token: u64, welcome: Welcome) {
        let generation = self.generation;
        let bound = |n: usize, entry: Option<&WelcomeEntry>| match entry {
            Some(WelcomeEntry::Accepted { iface, funcs }) if funcs.len() == n => {
                Ok(Table::Bound { generation, iface: *iface, funcs: funcs.clone() })
            }
            Some(WelcomeEntry::UnknownInterface) => {
                Err("the server no longer exports the interface".to_owned())
            }
            Some(WelcomeEntry::Forbidden) => {
                Err("the server no longer allows this client to call the interface".to_owned())
            }
            Some(WelcomeEntry::Mismatch { function, .. }) => {
                Err(format!("function `{function}` now differs on the server"))
            }
            _ => Err("malformed welcome".to_owned()),
        };
        if let Some((hello, w)) = self.hellos.remove(&token) {
            let slot = bound(hello.functions.len(), welcome.interfaces.first()).ok().map(|table| {
                let owner = Weak::new();
                self.bindings.push(BindingSlot { hello, table, owner, claimed: false });
                self.bindings.len() - 1
            });
            let _ = w.send(Ok((slot, welcome)));
        } else if let Some(b) = self.rebinds.remove(&token).and_then(|i| self.bindings.get_mut(i)) {
            let table = bound(b.hello.functions.len(), welcome.interfaces.first());
            b.table = table.unwrap_or_else(|reason| {
                tracing::warn!(interface = b.hello.name, "re-handshake refused: {reason}");
                Table::Failed(format!("after reconnecting: {reason}"))
            });
        }
    }
}

struct Shared {
    inner: Mutex<Inner>,
    /// Wakes the driver.
    wake: Notify,
    /// Signals that a transport connection is open (for `bind` while reconnecting).
    opened: Notify,
    handles: AtomicUsize,
    config: ClientConfig,
    peer: String,
    reconnects: bool,
    connections: AtomicU64,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock leaves a consistent session (no step panics midway).
        self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The caller dropped the future of `slot`: a queued call is never sent; a sent one is
    /// cancelled on the wire.
    fn abandon(&self, slot: &CallSlot) {
        let mut g = self.lock();
        let loc = slot.abandon();
        if let Loc::Sent { generation, id } = loc
            && generation == g.generation
        {
            let was_empty = g.session.outbound_is_empty();
            let cancelled = g.session.cancel(id).is_some();
            let wake = cancelled && was_empty && !g.session.outbound_is_empty();
            drop(g);
            if wake {
                self.wake.notify_one();
            }
        }
    }
}

/// A client connection: a cheap, cloneable handle to the task that drives one transport
/// connection (and, when made with [`Connection::connect_with`], its successors). The task
/// ends when the transport closes for good or the last handle (including every [`Binding`]
/// and pending [`CallFuture`]) is dropped.
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
    fn start(conn: Conn, connector: Option<Arc<dyn Connector>>, config: ClientConfig) -> Self {
        let peer = connector.as_ref().map_or_else(|| conn.peer.clone(), |c| c.endpoint());
        let shared = Arc::new(Shared {
            inner: Mutex::new(Inner {
                session: ClientSession::new(config.clone(), now()),
                generation: 0,
                link: Link::Connecting,
                hellos: HashMap::new(),
                rebinds: HashMap::new(),
                bindings: Vec::new(),
                queue: VecDeque::new(),
                last_close: String::new(),
            }),
            wake: Notify::new(),
            opened: Notify::new(),
            handles: AtomicUsize::new(1),
            reconnects: connector.is_some(),
            config,
            peer,
            connections: AtomicU64::new(0),
        });
        shared.lock().open(now(), &shared.config);
        shared.connections.store(1, Ordering::Relaxed);
        tokio::spawn(driver::run(shared.clone(), conn, connector));
        Connection { shared }
    }

    /// Starts driving `conn` on the current tokio runtime. When `conn` is lost, the
    /// connection is closed for good: calls in flight fail with
    /// [`CallError::ConnectionLost`], new calls with [`CallError::NotSent`].
    ///
    /// # Errors
    /// [`RpcError::NoRuntime`] outside a tokio runtime.
    pub fn connect(conn: Conn, config: ClientConfig) -> Result<Connection, RpcError> {
        tokio::runtime::Handle::try_current().map_err(|_| RpcError::NoRuntime)?;
        Ok(Self::start(conn, None, config))
    }

    /// Connects through `connector` and keeps connected: after a loss it reconnects with
    /// [`ClientConfig::reconnect`]'s backoff, re-runs the handshake of every live
    /// [`Binding`], and sends the calls that were queued or had not left. Calls in flight at
    /// the loss fail with [`CallError::ConnectionLost`] (`may_have_executed: true`: they are
    /// not retried, the server may have run them).
    ///
    /// # Errors
    /// [`RpcError::NoRuntime`] outside a tokio runtime; [`RpcError::Transport`] when the
    /// first connection attempt fails or exceeds [`ClientConfig::connect_timeout`].
    pub async fn connect_with(
        connector: Arc<dyn Connector>,
        config: ClientConfig,
    ) -> Result<Connection, RpcError> {
        tokio::runtime::Handle::try_current().map_err(|_| RpcError::NoRuntime)?;
        let conn = tokio::time::timeout(config.connect_timeout, connector.connect())
            .await
            .map_err(|_| {
                RpcError::Transport(crate::transport::TransportError::Io(
                    std::io::ErrorKind::TimedOut.into(),
                ))
            })??;
        Ok(Self::start(conn, Some(connector), config))
    }

    /// The peer's description from the transport (the connector's endpoint for
    /// [`Connection::connect_with`]).
    pub fn peer(&self) -> &str {
        &self.shared.peer
    }

    /// How many transport connections this connection has made (1 until a reconnection).
    pub fn connections(&self) -> u64 {
        self.shared.connections.load(Ordering::Relaxed)
    }

    /// True while a transport connection is open.
    pub fn is_connected(&self) -> bool {
        self.shared.lock().link == Link::Open
    }

    /// Binds `iface` (the functions this client will call, as the client sees them): sends a
    /// `hello` and checks the server's answer. Several bindings may share a connection. While
    /// the connection reconnects, waits for it (at most the handshake timeout).
    ///
    /// # Errors
    /// [`BindError::Mismatch`] naming the first function whose signature differs and the first
    /// difference; [`BindError::UnknownInterface`]; [`BindError::Forbidden`];
    /// [`BindError::Handshake`] on timeout, connection loss or a malformed answer.
    pub async fn bind(&self, iface: &Interface) -> Result<Binding, BindError> {
        let handshake =
            |reason: String| BindError::Handshake { interface: iface.name.clone(), reason };
        let give_up = tokio::time::Instant::now() + self.shared.config.handshake_timeout;
        let rx = loop {
            let opened = self.shared.opened.notified();
            {
                let mut g = self.shared.lock();
                match &g.link {
                    Link::Open => {
                        let hello = HelloInterface::of(iface);
                        let token =
                            g.session.hello(now(), vec![hello.clone()]).map_err(handshake)?;
                        let (tx, rx) = oneshot::channel();
                        g.hellos.insert(token, (hello, tx));
                        break rx;
                    }
                    Link::Closed(r) => return Err(handshake(format!("connection closed ({r})"))),
                    Link::Connecting => {}
                }
            }
            if tokio::time::timeout_at(give_up, opened).await.is_err() {
                return Err(handshake("not connected before the handshake timeout".into()));
            }
        };
        self.shared.wake.notify_one();
        let answer = rx.await.map_err(|_| handshake("the connection driver stopped".into()))?;
        let (slot, welcome) = answer.map_err(handshake)?;
        match (slot, welcome.interfaces.into_iter().next()) {
            (Some(slot), Some(WelcomeEntry::Accepted { .. })) => {
                let inner = Arc::new(BindingInner {
                    conn: self.clone(),
                    types: iface
                        .functions
                        .iter()
                        .map(|f| (f.params_type(), f.result.clone()))
                        .collect(),
                    iface: iface.clone(),
                    slot,
                });
                let mut g = self.shared.lock();
                if let Some(b) = g.bindings.get_mut(slot) {
                    b.owner = Arc::downgrade(&inner);
                    b.claimed = true;
                }
                drop(g);
                let deadline = self.shared.config.default_deadline;
                Ok(Binding { inner, deadline })
            }
            (_, Some(WelcomeEntry::UnknownInterface)) => {
                Err(BindError::UnknownInterface { interface: iface.name.clone() })
            }
            (_, Some(WelcomeEntry::Forbidden)) => {
                Err(BindError::Forbidden { interface: iface.name.clone() })
            }
            (_, Some(WelcomeEntry::Mismatch { function, server })) => {
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
    /// The binding's slot in the connection (its function index table).
    slot: usize,
    /// Per function: parameter record type and result type.
    types: Vec<(Type, Option<Type>)>,
}

impl std::fmt::Debug for BindingInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BindingInner").field("interface", &self.iface.name).finish_non_exhaustive()
    }
}

impl BindingInner {
    fn error(&self, func: usize, failure: CallFailure) -> CallError {
        let name = self.iface.functions.get(func).map_or("?", |f| f.name.as_str());
        CallError::from_failure(&self.iface.name, name, failure)
    }

    fn check_result(&self, func: usize, value: Bytes) -> Result<Bytes, CallError> {
        let config = &self.conn.shared.config;
        if !config.validate_results {
            return Ok(value);
        }
        let checked = match self.types.get(func).and_then(|t| t.1.as_ref()) {
            Some(ty) => neopack::validate(&value, ty, config.limits).map_err(|e| e.to_string()),
            None if value[..] == [neopack::tag::UNIT] => Ok(()),
            None => Err("a function without result must return unit".to_owned()),
        };
        match checked {
            Ok(()) => Ok(value),
            Err(detail) => Err(self.error(func, CallFailure::Malformed { detail })),
        }
    }
}

/// An interface bound on a connection: calls its functions by index. Survives reconnections
/// of a [`Connection::connect_with`] connection (its handshake is re-run on each).
#[derive(Clone)]
pub struct Binding {
    inner: Arc<BindingInner>,
    deadline: Option<Duration>,
}

impl std::fmt::Debug for Binding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Binding")
            .field("interface", &self.inner.iface.name)
            .field("deadline", &self.deadline)
            .finish_non_exhaustive()
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

    /// The deadline of calls that name none (initially [`ClientConfig::default_deadline`]).
    pub fn deadline(&self) -> Option<Duration> {
        self.deadline
    }

    /// This binding with another default deadline for calls that name none (`None`: wait
    /// forever). The copy shares the connection and the handshake.
    #[must_use]
    pub fn with_deadline(&self, deadline: Option<Duration>) -> Binding {
        Binding { inner: self.inner.clone(), deadline }
    }

    /// Calls function `func` (an index into the bound interface's functions) with `args`, one
    /// encoded parameter RECORD, and a deadline relative to now (`None`: the binding's
    /// [`deadline`](Self::deadline)).
    ///
    /// The call is sent at once, or queued when the connection is at its in-flight limit or
    /// reconnecting; the future resolves to the exact bytes of the result value (`UNIT` for a
    /// function without result), or fails at the deadline at the latest. Dropping the future
    /// before it completes cancels the call (a `cancel` frame reaches the server when the call
    /// had left).
    pub fn call(&self, func: usize, args: &[u8], deadline: Option<Duration>) -> CallFuture {
        let b = &self.inner;
        let fail =
            |reason: String| CallFuture::failed(b.error(func, CallFailure::Rejected { reason }));
        let Some((params, _)) = b.types.get(func) else {
            return fail(format!("no function {func} in the binding"));
        };
        let shared = &b.conn.shared;
        if shared.config.validate_args
            && let Err(e) = neopack::validate(args, params, shared.config.limits)
        {
            return fail(format!("invalid arguments: {e}"));
        }
        let timeout = deadline.or(self.deadline);
        let t = now();
        let slot = Arc::new(CallSlot::new(b.slot, func, timeout.map(|d| t + d)));
        let mut g = shared.lock();
        let started = g.start(t, &slot, args, timeout, &shared.config, shared.reconnects);
        drop(g);
        match started {
            Ok(wake) => {
                if wake {
                    shared.wake.notify_one();
                }
                CallFuture::pending(slot, b.clone())
            }
            Err(failure) => CallFuture::failed(b.error(func, failure)),
        }
    }
}
