//! The sans-I/O protocol core: plain state machines, no sockets, no runtime.
//!
//! A session is handed frames (as [`Bytes`](bytes::Bytes)) and the current time, and hands back frames to
//! send ([`ClientSession::poll_transmit`]), events ([`ClientSession::poll_event`]) and the next
//! instant at which it wants [`ClientSession::handle_timeout`] called
//! ([`ClientSession::poll_timeout`]). A [`ClientSession`] or [`ServerSession`] lives as long
//! as one transport connection; a [`ClientCore`] holds the client's protocol across
//! connections (bindings, the call queue, reconnection, re-handshakes) around the session of
//! the current one, and is told when a connection opens, fails or is lost. The async drivers
//! in [`crate::rpc`] connect a core or a server session to a transport; tests drive them
//! directly through a deterministic simulator.

mod binding;
mod client;
mod client_core;
mod server;

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};
use std::fmt;
use std::time::{Duration, Instant};

use neopack::Limits;

use crate::budget::Budget;

pub use binding::BindRefusal;
pub use client::{ClientEvent, ClientSession};
pub use client_core::{ClientCore, ClientCoreEvent, Started};
pub use server::{ServerEvent, ServerSchema, ServerSession};

use super::frame::code;

/// Settings of a client connection.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ClientConfig {
    /// The largest frame this client accepts (announced in `hello`). Default 16 MiB.
    pub max_frame: u32,
    /// How long a `hello` may wait for its `welcome`. Default 10 s.
    pub handshake_timeout: Duration,
    /// After this long without any frame from the server, send a `ping`; after twice this long,
    /// consider the connection lost. `None` disables it. Default 30 s.
    pub keepalive: Option<Duration>,
    /// Decoder limits for incoming frames (`max_size` is replaced by `max_frame`).
    pub limits: Limits,
    /// Check arguments against the parameter types before sending. Default true.
    pub validate_args: bool,
    /// Check results against the result type before returning them. Default true.
    pub validate_results: bool,
    /// The deadline of a call that names none, relative to the call
    /// ([`Binding::with_deadline`](crate::rpc::Binding::with_deadline) overrides it per
    /// binding, [`Binding::call`](crate::rpc::Binding::call) per call). `None`: wait forever.
    /// Default 30 s.
    pub default_deadline: Option<Duration>,
    /// The most calls this client keeps in flight on one connection; the server's own
    /// `max_in_flight` (from `welcome`) lowers it. Further calls wait in the queue. Default 1024.
    pub max_in_flight: u32,
    /// The most calls waiting to be sent (for a slot in flight, a reconnection or a
    /// re-handshake); a call beyond it fails at once with `overloaded`. Default 4096.
    pub max_queued: usize,
    /// How long one connection attempt (transport connect) may take. Default 10 s.
    pub connect_timeout: Duration,
    /// How a connection made with a connector reconnects after it is lost.
    pub reconnect: Backoff,
    /// Bytes of frames (calls, pongs) waiting for the transport past which the client stops
    /// reading from the server until the transport takes them: a server that floods frames
    /// and never reads cannot grow the client. Default 32 MiB (twice the default
    /// `max_frame`).
    pub send_budget: usize,
}

/// Reconnection policy: exponential backoff, bounded and jittered.
///
/// The n-th consecutive failed attempt (from 0) waits `min(initial * 2^n, max)`, scaled by a
/// random factor in `[1 - jitter, 1]`; a successful connection resets it.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct Backoff {
    /// The first wait. Default 50 ms.
    pub initial: Duration,
    /// The longest wait. Default 5 s.
    pub max: Duration,
    /// The fraction of each wait that is random, in `[0, 1]`. Default 0.5.
    pub jitter: f64,
    /// Give up after this many consecutive failed attempts (every queued call then fails);
    /// `None` retries for as long as a handle to the connection exists. Default `None`.
    pub max_attempts: Option<u32>,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(50),
            max: Duration::from_secs(5),
            jitter: 0.5,
            max_attempts: None,
        }
    }
}

impl Backoff {
    /// A policy waiting `initial`, doubling up to `max`, with the default jitter and no limit
    /// on attempts.
    pub fn new(initial: Duration, max: Duration) -> Self {
        Self { initial, max, ..Self::default() }
    }

    /// The wait before attempt `attempt + 1`, for a random `unit` in `[0, 1)`.
    pub fn delay(&self, attempt: u32, unit: f64) -> Duration {
        let base = self.initial.saturating_mul(1u32 << attempt.min(30)).min(self.max);
        let jitter = self.jitter.clamp(0.0, 1.0) * unit.clamp(0.0, 1.0);
        base.mul_f64(1.0 - jitter)
    }
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            max_frame: DEFAULT_MAX_FRAME,
            handshake_timeout: Duration::from_secs(10),
            keepalive: Some(Duration::from_secs(30)),
            limits: Limits::default(),
            validate_args: true,
            validate_results: true,
            default_deadline: Some(Duration::from_secs(30)),
            max_in_flight: 1024,
            max_queued: 4096,
            connect_timeout: Duration::from_secs(10),
            reconnect: Backoff::default(),
            send_budget: 2 * crate::transport::DEFAULT_MAX_FRAME,
        }
    }
}

/// Settings of a server connection.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct ServerConfig {
    /// The largest frame this server accepts (announced in `welcome`). Default 16 MiB.
    pub max_frame: u32,
    /// The most calls run at once per connection; excess calls are answered `overloaded`.
    /// Default 1024.
    pub max_in_flight: u32,
    /// How long a new connection may take to send its first `hello`. Default 10 s.
    pub handshake_timeout: Duration,
    /// Close a connection that has no call in flight and sent nothing for this long.
    /// `None` disables it. Default 5 min.
    pub idle_timeout: Option<Duration>,
    /// Decoder limits for incoming frames and arguments (`max_size` is replaced by `max_frame`).
    pub limits: Limits,
    /// Check each handler's result against the function's result type. Default true.
    pub validate_results: bool,
    /// Per-interface allow-lists: an interface named here is exported only to peers whose
    /// verified identity (`Conn::peer_identity`) is in its list; others get `forbidden` at
    /// the handshake. Interfaces not named here are exported to every peer. Default empty.
    pub access: BTreeMap<String, BTreeSet<String>>,
    /// Bytes of replies (and other frames) a connection may have waiting for the transport
    /// before the server stops reading that connection; it reads again as the client drains
    /// them. Nothing is dropped: a slow reader gets every reply, late. Default 32 MiB (twice
    /// the default `max_frame`).
    pub reply_budget: usize,
    /// How long a frame may take to arrive, from its first byte to its last (stream
    /// transports): a connection whose partial frame is late is closed with `goaway`
    /// `frame-timeout`, so a slow or stalled sender cannot hold a frame buffer forever.
    /// Announced in `welcome`. `None` disables it. Default 30 s.
    pub frame_timeout: Option<Duration>,
    /// The memory and connection budget shared by every connection of the server (and by
    /// every server given a clone of it): partial frames, unsent replies and running calls'
    /// arguments count against it, connections against its connection limit. Default: a new
    /// budget with [`ServerLimits::default`](crate::budget::ServerLimits).
    pub budget: Budget,
}

impl ServerConfig {
    /// Exports `interface` only to peers whose verified identity is one of `identities`
    /// (the client certificate's first SAN DNS name, else its common name).
    #[must_use]
    pub fn restrict(
        mut self,
        interface: impl Into<String>,
        identities: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        let set = self.access.entry(interface.into()).or_default();
        set.extend(identities.into_iter().map(Into::into));
        self
    }
}

impl Default for ServerConfig {
    fn default() -> Self {
        Self {
            max_frame: DEFAULT_MAX_FRAME,
            max_in_flight: 1024,
            handshake_timeout: Duration::from_secs(10),
            idle_timeout: Some(Duration::from_secs(300)),
            frame_timeout: Some(Duration::from_secs(30)),
            limits: Limits::default(),
            validate_results: true,
            access: BTreeMap::new(),
            reply_budget: 2 * crate::transport::DEFAULT_MAX_FRAME,
            budget: Budget::default(),
        }
    }
}

/// [`transport::DEFAULT_MAX_FRAME`](crate::transport::DEFAULT_MAX_FRAME) as a `max_frame`.
const DEFAULT_MAX_FRAME: u32 = {
    assert!(crate::transport::DEFAULT_MAX_FRAME <= u32::MAX as usize);
    crate::transport::DEFAULT_MAX_FRAME as u32
};

/// Decoder limits for frames of at most `max_frame` bytes.
pub(crate) fn frame_limits(limits: Limits, max_frame: u32) -> Limits {
    Limits { max_size: max_frame as usize, ..limits }
}

/// A failure reported by the peer in a `reply`, or by a [`Service`](crate::rpc::Service).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// A [`code`] value; services use 1000 and up for their own.
    pub code: u32,
    /// A human-readable description.
    pub message: String,
}

impl Failure {
    /// A failure with `code` and `message`.
    pub fn new(code: u32, message: impl Into<String>) -> Self {
        Self { code, message: message.into() }
    }

    /// A `handler-failed` failure.
    pub fn handler(message: impl Into<String>) -> Self {
        Self::new(code::HANDLER_FAILED, message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match code::name(self.code) {
            Some(name) => write!(f, "{name} (code {}): {}", self.code, self.message),
            None => write!(f, "code {}: {}", self.code, self.message),
        }
    }
}

/// Why a call did not produce a result: the kind of a [`CallError`](crate::rpc::CallError),
/// which adds the interface and function.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum CallFailure {
    /// The server replied with a failure.
    Remote(Failure),
    /// The deadline passed before a reply arrived.
    DeadlineExceeded,
    /// The connection ended before a reply arrived.
    ConnectionLost {
        /// True when the call frame had been handed to the transport, so the server may have
        /// run it; false when it was still queued and certainly did not run.
        may_have_executed: bool,
        /// Why the connection ended.
        reason: String,
    },
    /// The call was never sent.
    Rejected {
        /// Why.
        reason: String,
    },
    /// The call was not queued: the connection already has as many calls in flight and
    /// queued as its limits allow (`ClientConfig::max_in_flight`, `ClientConfig::max_queued`).
    Overloaded {
        /// The queue bound that was reached.
        limit: usize,
    },
    /// The reply could not be understood.
    Malformed {
        /// What is wrong with it.
        detail: String,
    },
}

impl fmt::Display for CallFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallFailure::Remote(x) => write!(f, "peer failure: {x}"),
            CallFailure::DeadlineExceeded => f.write_str("deadline passed"),
            CallFailure::ConnectionLost { may_have_executed: true, reason } => {
                write!(f, "connection lost ({reason}); the call may have executed")
            }
            CallFailure::ConnectionLost { may_have_executed: false, reason } => {
                write!(f, "connection lost ({reason}); the call was not sent")
            }
            CallFailure::Rejected { reason } => write!(f, "not sent: {reason}"),
            CallFailure::Overloaded { limit } => {
                write!(
                    f,
                    "overloaded: {limit} calls already queued on the connection; the call was not sent"
                )
            }
            CallFailure::Malformed { detail } => write!(f, "malformed reply: {detail}"),
        }
    }
}

/// Deadlines keyed by id, earliest first; stale entries are skipped lazily.
#[derive(Debug, Default)]
pub(crate) struct Timers {
    heap: BinaryHeap<Reverse<(Instant, u64)>>,
}

impl Timers {
    pub(crate) fn push(&mut self, at: Instant, id: u64) {
        self.heap.push(Reverse((at, id)));
    }

    /// The earliest deadline for which `live(id, at)` holds, dropping stale ones.
    pub(crate) fn peek(&mut self, mut live: impl FnMut(u64, Instant) -> bool) -> Option<Instant> {
        while let Some(Reverse((at, id))) = self.heap.peek().copied() {
            if live(id, at) {
                return Some(at);
            }
            self.heap.pop();
        }
        None
    }

    /// Pops one entry due at or before `now`.
    pub(crate) fn pop_due(&mut self, now: Instant) -> Option<(u64, Instant)> {
        let Reverse((at, id)) = self.heap.peek().copied()?;
        (at <= now).then(|| {
            self.heap.pop();
            (id, at)
        })
    }

    pub(crate) fn clear(&mut self) {
        self.heap.clear();
    }
}

/// Converts a relative deadline to the `deadline_ms` field: rounded up, at least 1, saturated.
pub(crate) fn deadline_ms(d: Duration) -> u32 {
    let ms = d.as_nanos().div_ceil(1_000_000).max(1);
    u32::try_from(ms).unwrap_or(u32::MAX)
}

/// Earlier of two optional instants.
pub(crate) fn earliest(a: Option<Instant>, b: Option<Instant>) -> Option<Instant> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}
