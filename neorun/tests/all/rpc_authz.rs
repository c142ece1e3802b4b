//! Per-interface allow-lists by verified peer identity: a server exports one interface to
//! everyone and another only to the client certificate named `alice`, over mutual TLS and
//! QUIC; an unauthenticated transport (TCP) gets `forbidden` for the restricted one.

#![cfg(all(feature = "tls", feature = "quic"))]

use std::sync::Arc;
use std::time::Duration;

use crate::support::pki::Pki;
use bytes::Bytes;
use futures::FutureExt;
use futures::future::BoxFuture;
use neopack::schema::{Function, Interface};
use neorun::rpc::{BindError, ClientConfig, Connection, Failure, ServerConfig, Service, serve};
use neorun::transport::tls_config::{client_config, server_config};
use neorun::transport::{Conn, Connector, Listener, quic, tcp, tls};

const OPEN: &str = "neorun:test/open@0.1.0";
const SECRET: &str = "neorun:test/secret@0.1.0";

async fn bounded<T>(f: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(20), f).await.expect("test step timed out")
}

fn iface(name: &str) -> Interface {
    Interface::new(name, vec![Function::new::<&str>("noop", [], None)])
}

struct Noop(Vec<Interface>);

impl Service for Noop {
    fn interfaces(&self) -> &[Interface] {
        &self.0
    }

    fn call(&self, _: usize, _: usize, _: Bytes) -> BoxFuture<'static, Result<Bytes, Failure>> {
        futures::future::ready(Ok(Bytes::from_static(&[neopack::tag::UNIT]))).boxed()
    }
}

fn no_args() -> Vec<u8> {
    let mut enc = neopack::Encoder::new();
    enc.begin_record(0).unwrap();
    enc.end_record().unwrap();
    enc.finish().unwrap().to_vec()
}

fn start(listener: impl Listener) {
    let service = Arc::new(Noop(vec![iface(OPEN), iface(SECRET)]));
    let config = ServerConfig::default().restrict(SECRET, ["alice"]);
    tokio::spawn(serve(listener, service, config));
}

/// Binds both interfaces over `conn`: the outcome for `SECRET` (after checking `OPEN` works).
async fn bind_both(conn: Conn) -> Result<(), BindError> {
    let conn = Connection::over(conn, ClientConfig::default()).unwrap();
    let open = bounded(conn.bind(&iface(OPEN))).await.expect("the open interface binds");
    bounded(open.call(0, &no_args(), None)).await.expect("the open interface is callable");
    let secret = bounded(conn.bind(&iface(SECRET))).await?;
    bounded(secret.call(0, &no_args(), None)).await.expect("an allowed client calls");
    Ok(())
}

fn tls_client(pki: &Pki, name: &str) -> rustls::ClientConfig {
    client_config(vec![pki.ca.clone()], Some(pki.identity_named(&[name]))).unwrap()
}

#[tokio::test]
async fn tls_exports_the_restricted_interface_only_to_allowed_identities() {
    let pki = Pki::new();
    let server = server_config(pki.identity(), Some(vec![pki.ca.clone()])).unwrap();
    let listener = tls::TlsListener::bind("127.0.0.1:0", Arc::new(server)).await.unwrap();
    let addr = listener.local_addr().to_string();
    start(listener);
    for (name, allowed) in [("alice", true), ("bob", false)] {
        let connector =
            tls::TlsConnector::new(&addr, "localhost", Arc::new(tls_client(&pki, name))).unwrap();
        let conn = bounded(connector.connect()).await.unwrap();
        assert_eq!(conn.peer_identity.as_deref(), Some("localhost"), "the server's identity");
        let r = bind_both(conn).await;
        if allowed {
            r.unwrap();
        } else {
            let err = r.unwrap_err();
            assert_eq!(err, BindError::Forbidden { interface: SECRET.into() });
            assert_eq!(
                err.to_string(),
                format!("interface `{SECRET}` is not exported to this client")
            );
        }
    }
}

#[tokio::test]
async fn quic_exports_the_restricted_interface_only_to_allowed_identities() {
    let pki = Pki::new();
    let server = server_config(pki.identity(), Some(vec![pki.ca.clone()])).unwrap();
    let listener = quic::QuicListener::bind("127.0.0.1:0".parse().unwrap(), server).unwrap();
    let addr = listener.local_addr();
    start(listener);
    for (name, allowed) in [("alice", true), ("bob", false)] {
        let connector =
            quic::QuicConnector::new(addr, "localhost", tls_client(&pki, name)).unwrap();
        let conn = bounded(connector.connect()).await.unwrap();
        assert_eq!(conn.peer_identity.as_deref(), Some("localhost"));
        let r = bind_both(conn).await;
        assert_eq!(r.is_ok(), allowed, "{name}: {r:?}");
    }
}

#[tokio::test]
async fn an_unauthenticated_peer_is_forbidden_the_restricted_interface() {
    let listener = tcp::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().to_string();
    start(listener);
    let conn = bounded(tcp::TcpConnector::new(addr).connect()).await.unwrap();
    assert_eq!(conn.peer_identity, None);
    let err = bind_both(conn).await.unwrap_err();
    assert_eq!(err, BindError::Forbidden { interface: SECRET.into() });
}
