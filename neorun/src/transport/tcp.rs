//! TCP transport: `len:u32 LE` + body frames over a `TcpStream` with `TCP_NODELAY` set.
//!
//! Writes are coalesced: `feed` only queues (until [`framing`](super) holds 256 KiB), `flush`
//! writes. Endpoints are written `tcp://host:port`.

use std::net::SocketAddr;

use futures::FutureExt;
use futures::future::BoxFuture;
use tokio::net::TcpStream;

use super::framing::framed_conn;
use super::{Conn, Connector, DEFAULT_MAX_FRAME, Listener, TransportError};

/// Turns an accepted or connected socket into a [`Conn`].
fn conn(stream: TcpStream, max_frame: usize) -> Result<Conn, TransportError> {
    stream.set_nodelay(true)?;
    let peer = format!("tcp://{}", stream.peer_addr()?);
    let (read, write) = stream.into_split();
    Ok(framed_conn(read, write, max_frame, peer))
}

/// Connects to a TCP endpoint.
#[derive(Debug, Clone)]
pub struct TcpConnector {
    addr: String,
    max_frame: usize,
}

impl TcpConnector {
    /// A connector to `addr` (`host:port`), with frames of at most [`DEFAULT_MAX_FRAME`].
    pub fn new(addr: impl Into<String>) -> Self {
        Self { addr: addr.into(), max_frame: DEFAULT_MAX_FRAME }
    }

    /// Sets the largest frame sent or accepted.
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }
}

impl Connector for TcpConnector {
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move { conn(TcpStream::connect(&self.addr).await?, self.max_frame) }.boxed()
    }

    fn endpoint(&self) -> String {
        format!("tcp://{}", self.addr)
    }
}

/// Accepts TCP connections.
#[derive(Debug)]
pub struct TcpListener {
    inner: tokio::net::TcpListener,
    local: SocketAddr,
    max_frame: usize,
}

impl TcpListener {
    /// Listens on `addr` (`host:port`; port 0 picks a free port, see [`Self::local_addr`]).
    ///
    /// # Errors
    /// The socket cannot be bound.
    pub async fn bind(addr: &str) -> Result<Self, TransportError> {
        let inner = tokio::net::TcpListener::bind(addr).await?;
        let local = inner.local_addr()?;
        Ok(Self { inner, local, max_frame: DEFAULT_MAX_FRAME })
    }

    /// Sets the largest frame sent or accepted.
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }

    /// The address it listens on.
    #[must_use]
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }
}

impl Listener for TcpListener {
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            let (stream, _) = self.inner.accept().await?;
            conn(stream, self.max_frame)
        }
        .boxed()
    }

    fn local_endpoint(&self) -> String {
        format!("tcp://{}", self.local)
    }
}
