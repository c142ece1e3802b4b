//! The client driver: one task per [`Connection`] owns the transport and moves bytes, timers
//! and connection attempts for a [`ClientCore`], the sans-I/O state machine that holds the
//! whole client protocol; cheap handles ([`Connection`], [`Binding`]) start calls from any
//! task.
//!
//! The call path encodes the call frame into the core's reused buffer under a short lock
//! and, when no one else is writing, hands it to the transport itself (see `shared`); the
//! driver writes what callers could not, reads replies and completes callers through their
//! [`CallSlot`], and keeps one timer for the core's next deadline, which a caller rings it
//! about only when its own deadline is earlier.
//!
//! What the core decides, the driver carries out: a call that cannot go out at once — the
//! connection has `max_in_flight` calls in flight, is reconnecting, or is re-running a
//! binding's handshake — waits in the core's bounded queue (`ClientConfig::max_queued`;
//! beyond it the call fails `overloaded`) until its deadline. A connection made with
//! [`Connection::connect`] reconnects when the core asks, after a bounded, jittered
//! exponential backoff; the core re-runs the handshake of every live [`Binding`] (function
//! indexes are per connection) and sends again the calls that had not left.

mod call;
mod driver;
mod shared;
#[cfg(test)]
mod tests;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use neopack::schema::{Interface, Type};
use tokio::sync::oneshot;

use super::error::{BindError, CallError, RpcError};
use super::frame::{CallFrame, EncodedCall, HelloInterface};
use super::session::{BindRefusal, CallFailure, ClientConfig, ClientCore, Started};
use crate::transport::{Conn, Connector};
pub use call::CallFuture;
use call::CallSlot;
pub(crate) use call::Checks;
use shared::{Inner, Shared};

fn now() -> Instant {
    tokio::time::Instant::now().into_std()
}

/// A client connection: a cheap, cloneable handle to the task that drives one transport
/// connection (and, when made with [`Connection::connect`], its successors). The task
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
            self.shared.bell.ring();
        }
    }
}

impl Connection {
    fn start(conn: Conn, connector: Option<Arc<dyn Connector>>, config: ClientConfig) -> Self {
        let peer = connector.as_ref().map_or_else(|| conn.peer.clone(), |c| c.endpoint());
        let mut core = match connector {
            Some(_) => ClientCore::reconnecting(config.clone(), driver::seed()),
            None => ClientCore::new(config.clone()),
        };
        core.connection_opened(now());
        let shared = Arc::new(Shared::new(Inner::new(core), config, peer));
        tokio::spawn(driver::run(shared.clone(), conn, connector));
        Connection { shared }
    }

    /// Starts driving `conn` on the current tokio runtime. When `conn` is lost, the
    /// connection is closed for good: calls in flight fail with
    /// [`CallFailure::ConnectionLost`], new calls with [`CallFailure::Rejected`].
    ///
    /// # Errors
    /// [`RpcError::NoRuntime`] outside a tokio runtime.
    pub fn over(conn: Conn, config: ClientConfig) -> Result<Connection, RpcError> {
        tokio::runtime::Handle::try_current().map_err(|_| RpcError::NoRuntime)?;
        Ok(Self::start(conn, None, config))
    }

    /// Connects through `connector` and keeps connected: after a loss it reconnects with
    /// [`ClientConfig::reconnect`]'s backoff, re-runs the handshake of every live
    /// [`Binding`], and sends the calls that were queued or had not left. Calls in flight at
    /// the loss fail with [`CallFailure::ConnectionLost`] (`may_have_executed: true`: they are
    /// not retried, the server may have run them).
    ///
    /// # Errors
    /// [`RpcError::NoRuntime`] outside a tokio runtime; [`RpcError::Transport`] when the
    /// first connection attempt fails or exceeds [`ClientConfig::connect_timeout`].
    pub async fn connect(
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
    /// [`Connection::connect`]).
    pub fn peer(&self) -> &str {
        &self.shared.peer
    }

    /// Bytes of frames encoded for the server and not yet taken by the transport; the client
    /// stops reading while they exceed `ClientConfig::send_budget`.
    pub fn unsent_bytes(&self) -> usize {
        self.shared.writer().outbox.bytes()
    }

    /// How many transport connections this connection has made (1 until a reconnection).
    pub fn connections(&self) -> u64 {
        self.shared.lock().core.generation()
    }

    /// True while a transport connection is open.
    pub fn is_connected(&self) -> bool {
        self.shared.lock().core.is_connected()
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
        let (tx, rx) = oneshot::channel();
        let binding = {
            let mut g = self.shared.lock();
            let binding = g.core.bind(now(), HelloInterface::of(iface)).map_err(handshake)?;
            g.binds.insert(binding, tx);
            binding
        };
        // Until the binding is handed to the caller, dropping this future releases it.
        let mut pending = PendingBind { shared: &self.shared, binding: Some(binding) };
        self.shared.bell.ring();
        let answer = rx.await.map_err(|_| handshake("the connection driver stopped".into()))?;
        match answer {
            Ok(()) => {
                pending.binding = None;
                let inner = Arc::new(BindingInner {
                    conn: self.clone(),
                    types: iface
                        .functions
                        .iter()
                        .map(|f| (f.params_type(), f.result.clone()))
                        .collect(),
                    frame_sizes: iface.functions.iter().map(|_| AtomicUsize::new(0)).collect(),
                    iface: iface.clone(),
                    binding,
                });
                let deadline = self.shared.config.default_deadline;
                Ok(Binding { inner, deadline })
            }
            Err(BindRefusal::UnknownInterface) => {
                Err(BindError::UnknownInterface { interface: iface.name.clone() })
            }
            Err(BindRefusal::Forbidden) => {
                Err(BindError::Forbidden { interface: iface.name.clone() })
            }
            Err(BindRefusal::Mismatch { function, server }) => {
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
            Err(BindRefusal::Handshake(reason)) => Err(handshake(reason)),
        }
    }
}

/// A binding whose first answer has not reached its `bind` caller: released when dropped.
struct PendingBind<'a> {
    shared: &'a Shared,
    binding: Option<usize>,
}

impl Drop for PendingBind<'_> {
    fn drop(&mut self) {
        if let Some(b) = self.binding {
            let mut g = self.shared.lock();
            g.binds.remove(&b);
            g.core.release(b);
        }
    }
}

struct BindingInner {
    conn: Connection,
    iface: Interface,
    /// The binding's id in the connection's core.
    binding: usize,
    /// Per function: parameter record type and result type.
    types: Vec<(Type, Option<Type>)>,
    /// Per function: the length of its last call frame, the next one's initial capacity.
    frame_sizes: Vec<AtomicUsize>,
}

impl std::fmt::Debug for BindingInner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BindingInner").field("interface", &self.iface.name).finish_non_exhaustive()
    }
}

impl Drop for BindingInner {
    fn drop(&mut self) {
        self.conn.shared.lock().core.release(self.binding);
    }
}

impl BindingInner {
    fn error(&self, func: usize, failure: CallFailure) -> CallError {
        let name = self.iface.functions.get(func).map_or("?", |f| f.name.as_str());
        CallError::new(&self.iface.name, name, failure)
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

/// What a call sends: a sealed frame, or argument bytes the core frames (walking them first
/// unless they are known to be one valid value).
enum Outgoing<'a> {
    Frame(EncodedCall),
    Args { args: &'a [u8], walk: bool },
}

/// An interface bound on a connection: calls its functions by index. Survives reconnections
/// of a [`Connection::connect`] connection (its handshake is re-run on each).
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
        let config = &b.conn.shared.config;
        let checks = Checks { args: config.validate_args, result: config.validate_results };
        let fail =
            |reason: String| CallFuture::failed(b.error(func, CallFailure::Rejected { reason }));
        let Some((params, _)) = b.types.get(func) else {
            return fail(format!("no function {func} in the binding"));
        };
        // The bytes are the caller's: walked once, by the schema check when there is one
        // (which proves them one valid value), else by the frame's structural check.
        if checks.args
            && let Err(e) = neopack::validate(args, params, config.limits)
        {
            return fail(format!("invalid arguments: {e}"));
        }
        self.start(func, Outgoing::Args { args, walk: !checks.args }, deadline, checks)
    }

    /// Calls function `func` with `args` written by the function's own typed encoder (the
    /// static stubs), with [`Checks::TRUSTED`]: copied once after the frame header, into the
    /// connection's reused frame buffer, and never walked.
    pub(crate) fn call_trusted(&self, func: usize, args: &[u8]) -> CallFuture {
        self.start(func, Outgoing::Args { args, walk: false }, None, Checks::TRUSTED)
    }

    /// A call frame for function `func`, for [`Binding::call_frame`]: its buffer starts as
    /// large as the function's last frame.
    pub(crate) fn frame(&self, func: usize) -> CallFrame {
        let hint = self.inner.frame_sizes.get(func).map_or(0, |s| s.load(Ordering::Relaxed));
        CallFrame::with_capacity(hint)
    }

    /// Calls function `func` with `encode` writing the arguments RECORD straight into the
    /// call frame (see [`Binding::frame`]), for callers whose bytes come from the function's
    /// own typed encoder and who decode the result with a decoder of its type
    /// ([`Checks::TRUSTED`]): the frame's buffer goes to the transport as it is, and neither
    /// the arguments nor the result is walked against the schema here.
    ///
    /// # Errors
    /// `encode`'s error, or a frame that does not hold exactly one arguments RECORD.
    pub(crate) fn call_encoded<E: std::fmt::Display>(
        &self,
        func: usize,
        encode: impl FnOnce(&mut neopack::Encoder) -> Result<(), E>,
    ) -> Result<CallFuture, String> {
        let mut frame = self.frame(func);
        encode(frame.args()).map_err(|e| e.to_string())?;
        let frame = frame.finish().map_err(|e| e.to_string())?;
        Ok(self.call_frame(func, frame))
    }

    /// Calls function `func` with a sealed frame of trusted arguments ([`Checks::TRUSTED`]).
    pub(crate) fn call_frame(&self, func: usize, frame: EncodedCall) -> CallFuture {
        if let Some(size) = self.inner.frame_sizes.get(func) {
            size.store(frame.len(), Ordering::Relaxed);
        }
        self.start(func, Outgoing::Frame(frame), None, Checks::TRUSTED)
    }

    fn start(
        &self,
        func: usize,
        out: Outgoing<'_>,
        deadline: Option<Duration>,
        checks: Checks,
    ) -> CallFuture {
        let b = &self.inner;
        let shared = &b.conn.shared;
        let timeout = deadline.or(self.deadline);
        let t = now();
        let slot = Arc::new(CallSlot::default());
        // Writer before state (see `shared`): a caller that gets the writer sends its frame
        // itself.
        let writer = shared.try_writer();
        let mut g = shared.lock();
        let (core, payload) = (&mut g.core, slot.clone());
        let started = match out {
            Outgoing::Frame(frame) => core.call_frame(t, b.binding, func, frame, timeout, payload),
            Outgoing::Args { args, walk: true } => {
                core.call(t, b.binding, func, args, timeout, payload)
            }
            Outgoing::Args { args, walk: false } => {
                core.call_valid(t, b.binding, func, args, timeout, payload)
            }
        };
        let key = match started {
            Ok((key, Started::Sent)) => {
                // The driver's timer must go off by this call's deadline.
                let early = timeout.is_some_and(|d| g.alarm_at.is_none_or(|a| t + d < a));
                shared.flush(writer, g, early);
                key
            }
            Ok((key, Started::Queued)) => {
                drop(g);
                drop(writer);
                shared.bell.ring();
                key
            }
            Err((failure, _)) => return CallFuture::failed(b.error(func, failure)),
        };
        CallFuture::pending(slot, key, func, b.clone(), checks)
    }
}
