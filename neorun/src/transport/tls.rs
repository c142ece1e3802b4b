//! TLS over TCP (rustls, `ring` provider), optionally mutual: frames are `len:u32 LE` + body
//! inside the TLS stream, the same framing as plain TCP.
//!
//! Endpoints are written `tls://host:port`. Build configurations with
//! [`client_config`](super::tls_config::client_config) and
//! [`server_config`](super::tls_config::server_config). With TLS 1.3 a client learns that the
//! server refused its certificate only after its own handshake finished: `connect` succeeds and
//! the first read fails with the server's alert (for example `CertificateRequired`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use futures::{FutureExt, StreamExt};
use rustls::pki_types::ServerName;
use rustls::{ClientConfig, ServerConfig};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

use super::framing::framed_conn;
use super::tls_config::{chain_identity, handshake_error};
use super::{Conn, Connector, DEFAULT_MAX_FRAME, Listener, TransportError};

/// How long a server waits for a client to finish its handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

fn conn<S>(stream: S, max_frame: usize, peer: String) -> Conn
where
    S: AsyncRead + AsyncWrite + Send + 'static,
{
    let (read, write) = tokio::io::split(stream);
    framed_conn(read, write, max_frame, peer)
}

/// Connects to a TLS endpoint.
#[derive(Clone)]
pub struct TlsConnector {
    addr: String,
    server_name: ServerName<'static>,
    tls: tokio_rustls::TlsConnector,
    max_frame: usize,
}

impl std::fmt::Debug for TlsConnector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsConnector")
            .field("addr", &self.addr)
            .field("server_name", &self.server_name)
            .finish_non_exhaustive()
    }
}

impl TlsConnector {
    /// A connector to `addr` (`host:port`) that expects a certificate for `server_name`.
    ///
    /// # Errors
    /// `server_name` is neither a DNS name nor an IP address.
    pub fn new(
        addr: impl Into<String>,
        server_name: &str,
        config: Arc<ClientConfig>,
    ) -> Result<Self, TransportError> {
        let server_name = ServerName::try_from(server_name.to_owned())
            .map_err(|e| TransportError::Handshake(format!("server name {server_name:?}: {e}")))?;
        Ok(Self {
            addr: addr.into(),
            server_name,
            tls: config.into(),
            max_frame: DEFAULT_MAX_FRAME,
        })
    }

    /// Sets the largest frame sent or accepted.
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }
}

impl Connector for TlsConnector {
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            let tcp = TcpStream::connect(&self.addr).await?;
            tcp.set_nodelay(true)?;
            let stream =
                self.tls.connect(self.server_name.clone(), tcp).await.map_err(handshake_error)?;
            let identity = chain_identity(stream.get_ref().1.peer_certificates());
            let mut conn = conn(stream, self.max_frame, self.endpoint());
            conn.peer_identity = identity;
            Ok(conn)
        }
        .boxed()
    }

    fn endpoint(&self) -> String {
        format!("tls://{}", self.addr)
    }
}

type Handshake = BoxFuture<'static, Result<Conn, TransportError>>;

/// Accepts TLS connections; handshakes run concurrently while `accept` is awaited, so a
/// slow client does not hold up the others.
pub struct TlsListener {
    inner: tokio::net::TcpListener,
    local: SocketAddr,
    tls: tokio_rustls::TlsAcceptor,
    max_frame: usize,
    handshakes: FuturesUnordered<Handshake>,
}

impl std::fmt::Debug for TlsListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TlsListener").field("local", &self.local).finish_non_exhaustive()
    }
}

impl TlsListener {
    /// Listens on `addr` (`host:port`; port 0 picks a free port).
    ///
    /// # Errors
    /// The socket cannot be bound.
    pub async fn bind(addr: &str, config: Arc<ServerConfig>) -> Result<Self, TransportError> {
        let inner = tokio::net::TcpListener::bind(addr).await?;
        let local = inner.local_addr()?;
        Ok(Self {
            inner,
            local,
            tls: config.into(),
            max_frame: DEFAULT_MAX_FRAME,
            handshakes: FuturesUnordered::new(),
        })
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

    fn handshake(&self, tcp: TcpStream, addr: SocketAddr) -> Handshake {
        let (tls, max_frame) = (self.tls.clone(), self.max_frame);
        async move {
            tcp.set_nodelay(true)?;
            let stream = tokio::time::timeout(HANDSHAKE_TIMEOUT, tls.accept(tcp))
                .await
                .map_err(|_| {
                    TransportError::Handshake(format!(
                        "{addr}: no handshake within {HANDSHAKE_TIMEOUT:?}"
                    ))
                })?
                .map_err(handshake_error)?;
            let identity = chain_identity(stream.get_ref().1.peer_certificates());
            let mut conn = conn(stream, max_frame, format!("tls://{addr}"));
            conn.peer_identity = identity;
            Ok(conn)
        }
        .boxed()
    }
}

impl Listener for TlsListener {
    /// Waits for the next client whose handshake succeeds; a failed handshake is returned as
    /// an error (the listener stays usable).
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            loop {
                tokio::select! {
                    Some(done) = self.handshakes.next(), if !self.handshakes.is_empty() => {
                        return done;
                    }
                    accepted = self.inner.accept() => {
                        let (tcp, addr) = accepted?;
                        let handshake = self.handshake(tcp, addr);
                        self.handshakes.push(handshake);
                    }
                }
            }
        }
        .boxed()
    }

    fn local_endpoint(&self) -> String {
        format!("tls://{}", self.local)
    }
}
