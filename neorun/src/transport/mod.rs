//! Transports: how frames travel between two peers.
//!
//! A transport moves whole frames (one neopack message each, see `PROTOCOL.md`) in both
//! directions; it knows nothing about calls. Stream transports (TCP, Unix) add a length prefix;
//! message transports carry one frame per message. Every implementation passes the same
//! conformance suite (`neorun/tests/all/transport_conformance.rs`).

use std::fmt;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
use futures::{Sink, Stream};

/// The default maximum frame size: 16 MiB.
pub const DEFAULT_MAX_FRAME: usize = 16 << 20;

/// Errors of the transport layer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransportError {
    /// An I/O error from the underlying socket.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
    /// The peer announced or sent a frame larger than the limit; nothing was allocated for it.
    #[error("frame of {size} bytes exceeds the limit of {limit} bytes")]
    FrameTooLarge {
        /// Announced size.
        size: u64,
        /// Configured limit.
        limit: usize,
    },
    /// The peer closed the connection.
    #[error("connection closed by peer")]
    Closed,
    /// The peer announced a frame larger than the receiver's whole memory budget: it could
    /// never be received, however long it waited.
    #[error("a frame of {size} bytes exceeds the receiver's memory budget of {budget} bytes")]
    OverBudget {
        /// Announced size.
        size: u64,
        /// The budget's memory limit.
        budget: usize,
    },
    /// A frame was not received completely within the receiving side's frame timeout
    /// (counted from its first byte): the peer is too slow, or holds memory on purpose.
    #[error(
        "a frame was not completed within {timeout:?} of its first byte{}",
        if *for_budget { " (it waited for the receiver's memory budget)" } else { "" }
    )]
    FrameTimeout {
        /// The configured limit.
        timeout: Duration,
        /// True when the frame had to wait for room in the receiver's memory budget: the
        /// budget, not the peer, made it late.
        for_budget: bool,
    },
    /// Anything else, described.
    #[error("{0}")]
    Other(String),
    /// A TLS or QUIC handshake failed: a certificate was refused, missing or invalid.
    #[error("handshake failed: {0}")]
    Handshake(String),
    /// An endpoint string that cannot be used.
    #[error("invalid endpoint {endpoint:?}: {reason}")]
    InvalidEndpoint {
        /// The endpoint as given.
        endpoint: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// The sending half of a connection. `feed` queues a frame, `flush` writes what is queued:
/// callers feed every ready frame and flush once, so writes are coalesced.
pub type FrameSink = Pin<Box<dyn Sink<Bytes, Error = TransportError> + Send>>;

/// The receiving half of a connection: whole frames in order; `None` after a clean close.
pub type FrameStream = Pin<Box<dyn Stream<Item = Result<Bytes, TransportError>> + Send>>;

/// One established connection, split into its halves.
pub struct Conn {
    /// Frames to the peer.
    pub sink: FrameSink,
    /// Frames from the peer.
    pub stream: FrameStream,
    /// A human-readable description of the peer (an address, `channel#3`).
    pub peer: String,
    /// The peer's verified identity, when the transport authenticated it: the first DNS name
    /// of the subject alternative names of its certificate, else its common name (TLS with
    /// client certificates, QUIC). `None` for unauthenticated transports.
    pub peer_identity: Option<String>,
    /// How the receiving half may hold partial frames: a server sets a memory budget and a
    /// frame timeout here ([`Intake::limit`]). Transports that receive whole messages
    /// (channel, NATS) hold no partial frames and ignore it.
    pub intake: Intake,
}

/// Limits on how a connection's receiving half holds partial frames, set by the side that
/// serves the connection after the transport created it (see [`Conn::intake`]).
///
/// A stream transport reserves a frame's announced length from the budget before it buffers
/// more than the first read of it, and waits (reading nothing more) while the budget has no
/// room; a frame not complete within the timeout of its first byte fails the stream with
/// [`TransportError::FrameTimeout`]. Without limits (the default, and on clients) frames are
/// only bounded by `max_frame`.
#[derive(Clone, Debug, Default)]
pub struct Intake(Arc<OnceLock<IntakeLimits>>);

/// What an [`Intake`] enforces.
#[derive(Clone, Debug)]
pub(crate) struct IntakeLimits {
    pub(crate) budget: crate::budget::Budget,
    pub(crate) frame_timeout: Option<Duration>,
}

impl Intake {
    /// Charges partial frames to `budget` and bounds each frame's reception to `frame_timeout`
    /// from its first byte. Only the first call has an effect.
    pub fn limit(&self, budget: crate::budget::Budget, frame_timeout: Option<Duration>) {
        let _ = self.0.set(IntakeLimits { budget, frame_timeout });
    }

    pub(crate) fn limits(&self) -> Option<&IntakeLimits> {
        self.0.get()
    }
}

impl fmt::Debug for Conn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Conn")
            .field("peer", &self.peer)
            .field("peer_identity", &self.peer_identity)
            .field("intake", &self.intake)
            .finish_non_exhaustive()
    }
}

/// Opens client connections to one endpoint; called again to reconnect.
pub trait Connector: Send + Sync + 'static {
    /// Opens a new connection.
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>>;
    /// Describes the endpoint (`tcp://127.0.0.1:4000`).
    fn endpoint(&self) -> String;
}

/// Accepts server connections.
pub trait Listener: Send + 'static {
    /// Waits for the next connection.
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>>;
    /// Describes where it listens (`tcp://127.0.0.1:4000`).
    fn local_endpoint(&self) -> String;
}

pub mod channel;
#[doc(hidden)]
pub mod copy_stats;
mod endpoint;
pub(crate) mod framing;
#[cfg(feature = "nats")]
pub mod nats;
#[cfg(feature = "quic")]
pub mod quic;
pub mod tcp;
#[cfg(feature = "tls")]
pub mod tls;
#[cfg(any(feature = "tls", feature = "quic"))]
pub mod tls_config;
#[cfg(unix)]
pub mod unix;
mod writer;
pub use endpoint::{ConnectOptions, connector, connector_with};
