//! Factories that open an endpoint of each transport on loopback, for the conformance suite;
//! a `nats-server` of the test's own (`nats`) and certificate authorities (`pki`).

#[cfg(feature = "nats")]
pub(crate) mod nats;
#[cfg(any(feature = "tls", feature = "quic"))]
pub(crate) mod pki;

use std::future::Future;
use std::time::Duration;

#[cfg(feature = "quic")]
use neorun::transport::quic;
#[cfg(feature = "tls")]
use neorun::transport::tls;
#[cfg(any(feature = "tls", feature = "quic"))]
use neorun::transport::tls_config;
#[cfg(unix)]
use neorun::transport::unix;
use neorun::transport::{Connector, Listener, channel, tcp};
use tokio::io::AsyncWrite;

/// The bound on every await of the suite.
pub(crate) const TIMEOUT: Duration = Duration::from_secs(30);

/// Awaits `fut`, failing the test if it takes longer than [`TIMEOUT`].
pub(crate) async fn within<F: Future>(fut: F) -> F::Output {
    tokio::time::timeout(TIMEOUT, fut).await.expect("timed out")
}

/// A raw byte writer to a listener, bypassing the framing.
pub(crate) type RawWriter = Box<dyn AsyncWrite + Unpin + Send>;

/// Opens endpoints of one transport.
pub(crate) trait Transport {
    /// Frames travel as `len:u32 LE` + body on a byte stream, so the receiver checks the limit.
    /// Otherwise the sender refuses frames over the receiver's limit.
    const STREAM: bool;

    /// The largest message the transport itself carries, below any configured frame limit
    /// (NATS: the server's `max_payload`).
    const MAX_PAYLOAD: usize = usize::MAX;

    /// A fresh listener and a connector to it; the client accepts frames up to `client_max`
    /// bytes, the server up to `server_max`.
    fn endpoint(
        &self,
        client_max: usize,
        server_max: usize,
    ) -> impl Future<Output = (Box<dyn Listener>, Box<dyn Connector>)>;

    /// For stream transports, a byte-level client of the listener at `endpoint`.
    fn raw_client(&self, endpoint: &str) -> impl Future<Output = Option<RawWriter>>;
}

/// The in-process channel (one limit per endpoint: the server's).
pub(crate) struct Channel;

impl Transport for Channel {
    const STREAM: bool = false;

    async fn endpoint(
        &self,
        _client_max: usize,
        server_max: usize,
    ) -> (Box<dyn Listener>, Box<dyn Connector>) {
        let (listener, connector) = channel::listen("conformance", server_max);
        (Box::new(listener), Box::new(connector))
    }

    async fn raw_client(&self, _endpoint: &str) -> Option<RawWriter> {
        None
    }
}

/// TCP on the loopback address given (`127.0.0.1:0`, `[::1]:0`).
pub(crate) struct Tcp(pub(crate) &'static str);

impl Transport for Tcp {
    const STREAM: bool = true;

    async fn endpoint(
        &self,
        client_max: usize,
        server_max: usize,
    ) -> (Box<dyn Listener>, Box<dyn Connector>) {
        let listener = tcp::TcpListener::bind(self.0).await.expect("bind").max_frame(server_max);
        let connector =
            tcp::TcpConnector::new(listener.local_addr().to_string()).max_frame(client_max);
        (Box::new(listener), Box::new(connector))
    }

    async fn raw_client(&self, endpoint: &str) -> Option<RawWriter> {
        let addr = endpoint.strip_prefix("tcp://").expect("a tcp endpoint");
        Some(Box::new(tokio::net::TcpStream::connect(addr).await.expect("raw connect")))
    }
}

/// Unix domain sockets, one fresh socket file per endpoint in the system's temporary folder.
#[cfg(unix)]
pub(crate) struct Unix;

#[cfg(unix)]
impl Transport for Unix {
    const STREAM: bool = true;

    async fn endpoint(
        &self,
        client_max: usize,
        server_max: usize,
    ) -> (Box<dyn Listener>, Box<dyn Connector>) {
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "neorun-conformance-{}-{}.sock",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        let _ = std::fs::remove_file(&path);
        let listener = unix::UnixListener::bind(&path).expect("bind").max_frame(server_max);
        let connector = unix::UnixConnector::new(&path).max_frame(client_max);
        (Box::new(listener), Box::new(connector))
    }

    async fn raw_client(&self, endpoint: &str) -> Option<RawWriter> {
        let path = endpoint.strip_prefix("unix://").expect("a unix endpoint");
        Some(Box::new(tokio::net::UnixStream::connect(path).await.expect("raw connect")))
    }
}

/// TLS over TCP on 127.0.0.1, mutual: the server demands a client certificate from its CA.
#[cfg(feature = "tls")]
pub(crate) struct Tls {
    pki: pki::Pki,
}

#[cfg(feature = "tls")]
impl Tls {
    /// A transport with a fresh certificate authority.
    pub(crate) fn new() -> Self {
        Self { pki: pki::Pki::new() }
    }

    /// A client configuration with a certificate from the CA.
    pub(crate) fn client_config(&self) -> std::sync::Arc<rustls::ClientConfig> {
        let config =
            tls_config::client_config(vec![self.pki.ca.clone()], Some(self.pki.identity()));
        std::sync::Arc::new(config.expect("client config"))
    }
}

#[cfg(feature = "tls")]
impl Transport for Tls {
    const STREAM: bool = true;

    async fn endpoint(
        &self,
        client_max: usize,
        server_max: usize,
    ) -> (Box<dyn Listener>, Box<dyn Connector>) {
        let server =
            tls_config::server_config(self.pki.identity(), Some(vec![self.pki.ca.clone()]));
        let server = std::sync::Arc::new(server.expect("server config"));
        let listener = tls::TlsListener::bind("127.0.0.1:0", server).await.expect("bind");
        let listener = listener.max_frame(server_max);
        let addr = listener.local_addr().to_string();
        let connector = tls::TlsConnector::new(addr, "localhost", self.client_config());
        (Box::new(listener), Box::new(connector.expect("connector").max_frame(client_max)))
    }

    async fn raw_client(&self, endpoint: &str) -> Option<RawWriter> {
        let addr = endpoint.strip_prefix("tls://").expect("a tls endpoint");
        let tcp = tokio::net::TcpStream::connect(addr).await.expect("raw connect");
        let name = rustls::pki_types::ServerName::try_from("localhost").expect("name");
        let tls = tokio_rustls::TlsConnector::from(self.client_config());
        Some(Box::new(tls.connect(name, tcp).await.expect("raw handshake")))
    }
}

/// QUIC on the loopback address given, mutual TLS as for [`Tls`].
#[cfg(feature = "quic")]
pub(crate) struct Quic {
    pki: pki::Pki,
    addr: &'static str,
}

#[cfg(feature = "quic")]
impl Quic {
    /// A transport on `addr` (`127.0.0.1:0`, `[::1]:0`) with a fresh certificate authority.
    pub(crate) fn new(addr: &'static str) -> Self {
        Self { pki: pki::Pki::new(), addr }
    }

    /// A connector to `addr` with a client certificate from the CA.
    pub(crate) fn connector(&self, addr: std::net::SocketAddr) -> quic::QuicConnector {
        let client =
            tls_config::client_config(vec![self.pki.ca.clone()], Some(self.pki.identity()));
        quic::QuicConnector::new(addr, "localhost", client.expect("client config"))
            .expect("connector")
    }

    /// A listener on a free port.
    pub(crate) fn listener(&self) -> quic::QuicListener {
        let server =
            tls_config::server_config(self.pki.identity(), Some(vec![self.pki.ca.clone()]));
        let addr = self.addr.parse().expect("a socket address");
        quic::QuicListener::bind(addr, server.expect("server config")).expect("bind")
    }
}

#[cfg(feature = "quic")]
impl Transport for Quic {
    const STREAM: bool = true;

    async fn endpoint(
        &self,
        client_max: usize,
        server_max: usize,
    ) -> (Box<dyn Listener>, Box<dyn Connector>) {
        let listener = self.listener().max_frame(server_max);
        let connector = self.connector(listener.local_addr()).max_frame(client_max);
        (Box::new(listener), Box::new(connector))
    }

    async fn raw_client(&self, endpoint: &str) -> Option<RawWriter> {
        let addr = endpoint.strip_prefix("quic://").expect("a quic endpoint");
        let client =
            tls_config::client_config(vec![self.pki.ca.clone()], Some(self.pki.identity()));
        let mut client = client.expect("client config");
        client.alpn_protocols = vec![quic::ALPN.to_vec()];
        let crypto = quinn::crypto::rustls::QuicClientConfig::try_from(std::sync::Arc::new(client));
        let config = quinn::ClientConfig::new(std::sync::Arc::new(crypto.expect("tls 1.3")));
        let addr: std::net::SocketAddr = addr.parse().expect("a socket address");
        let local: std::net::SocketAddr =
            if addr.is_ipv4() { "127.0.0.1:0" } else { "[::1]:0" }.parse().expect("address");
        let endpoint = quinn::Endpoint::client(local).expect("client endpoint");
        let connection = endpoint.connect_with(config, addr, "localhost").expect("connect");
        let (mut send, _recv) =
            connection.await.expect("handshake").open_bi().await.expect("stream");
        send.write_all(&[quic::STREAM_PREAMBLE]).await.expect("preamble");
        Some(Box::new(send))
    }
}

/// NATS through a `nats-server` of this test's own; listener and connector have their own
/// NATS clients. A message transport: the sender refuses frames over the receiver's limit,
/// which the connect handshake announces.
#[cfg(feature = "nats")]
pub(crate) struct Nats {
    server: nats::NatsServer,
}

#[cfg(feature = "nats")]
impl Nats {
    /// Starts a `nats-server` for this transport.
    pub(crate) fn new() -> Self {
        Self { server: nats::NatsServer::start() }
    }
}

#[cfg(feature = "nats")]
impl Transport for Nats {
    const STREAM: bool = false;
    // `nats-server`'s default `max_payload`.
    const MAX_PAYLOAD: usize = 1 << 20;

    async fn endpoint(
        &self,
        client_max: usize,
        server_max: usize,
    ) -> (Box<dyn Listener>, Box<dyn Connector>) {
        use neorun::transport::nats::{NatsConnector, NatsListener};
        use std::sync::atomic::{AtomicU32, Ordering};
        static NEXT: AtomicU32 = AtomicU32::new(0);
        let name = format!("conformance{}", NEXT.fetch_add(1, Ordering::Relaxed));
        let listener = NatsListener::bind(self.server.client().await, &name).await.expect("bind");
        let connector = NatsConnector::new(self.server.client().await, &name);
        (Box::new(listener.max_frame(server_max)), Box::new(connector.max_frame(client_max)))
    }

    async fn raw_client(&self, _endpoint: &str) -> Option<RawWriter> {
        None
    }
}
