//! A kv store served over one loopback connection of each transport, in this process: the
//! transport test (`transports`) and the transport benchmark (`benches/transports.rs`, which
//! includes this file) share it.
//!
//! TLS and QUIC use a fixed test certificate authority and a `localhost` leaf (ECDSA P-256,
//! made once with openssl, valid for 100 years), so no certificate generator is needed; NATS
//! starts a `nats-server` of its own on a free loopback port.

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

use neorun::Exports;
use neorun::kv::InMemoryKv;
use neorun::rpc::{ClientConfig, Connection, ServerConfig, Service};
use neorun::transport::nats::{NatsConnector, NatsListener, async_nats};
use neorun::transport::tls_config::{CertificateDer, Identity, PrivateKeyDer};
use neorun::transport::{Conn, Connector, Listener, channel, quic, tcp, tls, tls_config, unix};

/// Every transport, in table order.
pub(crate) const TRANSPORTS: [&str; 6] = ["channel", "unix", "tcp", "tls", "quic", "nats"];

const CA_DER: &str = concat!(
    "308201a230820149a003020102021466da9f45fde5560e8495478323e7b26eb428f948300a06082a8648ce3d04030230",
    "1e311c301a06035504030c136e656f72756e206c6f616420746573742063613020170d3236313132343039353535335a",
    "180f32313236313033313039353535335a301e311c301a06035504030c136e656f72756e206c6f616420746573742063",
    "613059301306072a8648ce3d020106082a8648ce3d030107034200041a90ff420482b5b6ce22df2201ed71f52dfc81b0",
    "d61e74efb54a296166b973bdceb07328f4b88fb64c7d2149251c9994becb1f403adb8d4550373655e75724c2a3633061",
    "301d0603551d0e04160414e061bc787aa2a8a4be55ec421d2c1fec15382281301f0603551d23041830168014e061bc78",
    "7aa2a8a4be55ec421d2c1fec15382281300f0603551d130101ff040530030101ff300e0603551d0f0101ff0404030202",
    "04300a06082a8648ce3d040302034700304402203eaa2522c6917dee7db6229d3c9e21bf4cb58ce888e6b2d346bdd234",
    "62bf43d702207a7b40216199331d4c90c040f5bff77b155da4d55fed7fc46273b640683e3f66",
);
const LEAF_DER: &str = concat!(
    "308201b53082015aa00302010202141bed82a382e1ffcbb2beb3624b205c4a41edab76300a06082a8648ce3d04030230",
    "1e311c301a06035504030c136e656f72756e206c6f616420746573742063613020170d3236313132343039353535335a",
    "180f32313236313033313039353535335a30143112301006035504030c096c6f63616c686f73743059301306072a8648",
    "ce3d020106082a8648ce3d03010703420004fc26a2378317493fb3070c3287dad6b46aea76eaab1023cff5d1e5bca3f0",
    "f451c4993c9accd6d93d73137191ba14c852c449949b33e5abab4a21d928ae0b9ec5a37e307c301a0603551d11041330",
    "1182096c6f63616c686f737487047f00000130090603551d130402300030130603551d25040c300a06082b0601050507",
    "0301301d0603551d0e04160414269d7e4dd207f818a6a94dd6ab889cc8acf0b0d9301f0603551d23041830168014e061",
    "bc787aa2a8a4be55ec421d2c1fec15382281300a06082a8648ce3d0403020349003046022100e29f66d3679ed959b7d0",
    "22e99a58c69232b803362bd2255e296dc091078e9314022100ecf07548d0e592f574631fea59ddd8cdcdda835e0ac0a4",
    "c39ecfddc5a6f47ba9",
);
const LEAF_KEY_PKCS8: &str = concat!(
    "308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420cb6f38dc0b1af7665226e041",
    "248a7ff92b66bb66e38df95772eadf179e5dce68a14403420004fc26a2378317493fb3070c3287dad6b46aea76eaab10",
    "23cff5d1e5bca3f0f451c4993c9accd6d93d73137191ba14c852c449949b33e5abab4a21d928ae0b9ec5",
);

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn identity() -> Identity {
    Identity {
        cert_chain: vec![CertificateDer::from(unhex(LEAF_DER))],
        key: PrivateKeyDer::try_from(unhex(LEAF_KEY_PKCS8)).unwrap(),
    }
}

fn ca() -> Vec<CertificateDer<'static>> {
    vec![CertificateDer::from(unhex(CA_DER))]
}

/// A `nats-server` on a free loopback port, killed on drop.
struct NatsServer(Child, String);

impl NatsServer {
    fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new("nats-server")
            .args(["-a", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start `nats-server` ({e}): install it with `.ci/nats.sh`")
            });
        let until = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < until, "nats-server did not start");
            std::thread::sleep(Duration::from_millis(10));
        }
        Self(child, format!("nats://127.0.0.1:{port}"))
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A listener and a connector of transport `kind` on loopback (and the NATS server it needs).
async fn endpoint(kind: &str) -> (Box<dyn Listener>, Box<dyn Connector>, Option<NatsServer>) {
    match kind {
        "channel" => {
            let (l, c) = channel::listen("load", neorun::transport::DEFAULT_MAX_FRAME);
            (Box::new(l), Box::new(c), None)
        }
        "unix" => {
            // Unique per process and per call: tests of one binary run in parallel.
            static NEXT: AtomicU32 = AtomicU32::new(0);
            let name = format!(
                "neorun-loopback-{}-{}.sock",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::Relaxed)
            );
            let path = std::env::temp_dir().join(name);
            let _ = std::fs::remove_file(&path);
            let l = unix::UnixListener::bind(&path).unwrap();
            (Box::new(l), Box::new(unix::UnixConnector::new(&path)), None)
        }
        "tcp" => {
            let l = tcp::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let c = tcp::TcpConnector::new(l.local_addr().to_string());
            (Box::new(l), Box::new(c), None)
        }
        "tls" => {
            let server = Arc::new(tls_config::server_config(identity(), None).unwrap());
            let l = tls::TlsListener::bind("127.0.0.1:0", server).await.unwrap();
            let client = Arc::new(tls_config::client_config(ca(), None).unwrap());
            let c = tls::TlsConnector::new(l.local_addr().to_string(), "localhost", client);
            (Box::new(l), Box::new(c.unwrap()), None)
        }
        "quic" => {
            let server = tls_config::server_config(identity(), None).unwrap();
            let l = quic::QuicListener::bind("127.0.0.1:0".parse().unwrap(), server).unwrap();
            let client = tls_config::client_config(ca(), None).unwrap();
            let c = quic::QuicConnector::new(l.local_addr(), "localhost", client).unwrap();
            (Box::new(l), Box::new(c), None)
        }
        "nats" => {
            let server = NatsServer::start();
            let l = NatsListener::bind(async_nats::connect(&server.1).await.unwrap(), "load");
            let l = l.await.unwrap();
            let c = NatsConnector::new(async_nats::connect(&server.1).await.unwrap(), "load");
            (Box::new(l), Box::new(c), Some(server))
        }
        other => unreachable!("{other}"),
    }
}

/// A client connection to a fresh in-memory kv store served over transport `kind`; the
/// server (and its NATS broker) lives as long as this value.
pub(crate) struct ServedKv {
    /// The client side.
    pub(crate) conn: Connection,
    _nats: Option<NatsServer>,
}

impl ServedKv {
    /// Serves a new store over one connection of transport `kind` (one of [`TRANSPORTS`]),
    /// the server task spawned on the current runtime.
    pub(crate) async fn start(kind: &str) -> Self {
        let (mut listener, connector, nats) = endpoint(kind).await;
        let mut exports = Exports::new();
        exports.add(Arc::new(neorun::kv::service(InMemoryKv::new()))).unwrap();
        let service: Arc<dyn Service> = Arc::new(exports);
        let (client, server) = futures::join!(connector.connect(), listener.accept());
        let (client, server): (Conn, Conn) = (client.unwrap(), server.unwrap());
        tokio::spawn(neorun::rpc::serve_connection(server, service, ServerConfig::default()));
        let conn = Connection::over(client, ClientConfig::default()).unwrap();
        Self { conn, _nats: nats }
    }
}
