//! Transports: how frames travel between two peers.
//!
//! A transport moves whole frames (one neopack message each, see `PROTOCOL.md`) in both
//! directions; it knows nothing about calls. Stream transports (TCP, Unix) add a length prefix;
//! message transports carry one frame per message. Every implementation passes the same
//! conformance suite (`neorun/tests/transport_conformance.rs`).

use std::fmt;
use std::pin::Pin;

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
}

impl fmt::Debug for Conn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Conn")
            .field("peer", &self.peer)
            .field("peer_identity", &self.peer_identity)
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
mod endpoint;
mod framing;
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
pub use endpoint::{ConnectOptions, connect, connect_with};
