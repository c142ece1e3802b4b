//! One conformance suite, run against every transport.
//!
//! Each check is a generic async function over [`Transport`], a small factory that opens a
//! listener and a connector; `conformance!` instantiates every check for one transport. All
//! sockets are on loopback, every await is bounded by a timeout, and every loop by a count.

use std::time::Duration;

use bytes::Bytes;
use futures::{SinkExt, StreamExt};
use neorun::transport::{Conn, DEFAULT_MAX_FRAME, FrameSink, FrameStream, TransportError};
use tokio::io::AsyncWriteExt;

use crate::support::{self, Transport, within};

/// Frames in the ordering and in-flight checks.
const MANY: u32 = 10_000;

/// Connects one client to a fresh endpoint: `(client, server)`.
async fn pair<T: Transport>(t: &T, client_max: usize, server_max: usize) -> (Conn, Conn) {
    let (mut listener, connector) = within(t.endpoint(client_max, server_max)).await;
    let (client, server) =
        within(async { futures::join!(connector.connect(), listener.accept()) }).await;
    (client.expect("connect"), server.expect("accept"))
}

/// A frame that names its index and has a length that varies with it.
fn numbered(i: u32) -> Bytes {
    let mut v = i.to_le_bytes().to_vec();
    v.resize(4 + (i as usize * 7) % 300, i as u8);
    Bytes::from(v)
}

/// Feeds `n` numbered frames, flushing every 64 (coalesced writes, as the RPC driver does).
async fn send_numbered(conn: &mut Conn, n: u32) {
    for i in 0..n {
        conn.sink.feed(numbered(i)).await.expect("feed");
        if i % 64 == 63 {
            conn.sink.flush().await.expect("flush");
        }
    }
    conn.sink.flush().await.expect("flush");
}

/// Receives `n` frames and checks they are the numbered frames in order.
async fn expect_numbered(conn: &mut Conn, n: u32) {
    for i in 0..n {
        let frame = conn.stream.next().await.expect("stream ended early").expect("frame");
        assert_eq!(frame, numbered(i), "frame {i}");
    }
}

async fn next_frame(conn: &mut Conn) -> Option<Result<Bytes, TransportError>> {
    within(conn.stream.next()).await
}

pub(crate) async fn frames_arrive_in_order<T: Transport>(t: T) {
    let (mut client, mut server) = pair(&t, DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME).await;
    within(async {
        futures::join!(send_numbered(&mut client, MANY), expect_numbered(&mut server, MANY))
    })
    .await;
}

pub(crate) async fn frames_up_to_the_limit_pass<T: Transport>(t: T) {
    // A message transport carries at most its own maximum payload (NATS: 1 MiB by default),
    // whatever the frame limit says: the check runs up to the smaller of the two.
    let limit = DEFAULT_MAX_FRAME.min(T::MAX_PAYLOAD);
    let (mut client, mut server) = pair(&t, DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME).await;
    let sizes = [limit, 1, limit - 1, ((1 << 20) + 3).min(limit - 2)];
    let frames: Vec<Bytes> = sizes
        .iter()
        .enumerate()
        .map(|(k, &n)| Bytes::from((0..n).map(|i| (i % 251) as u8 ^ k as u8).collect::<Vec<u8>>()))
        .collect();
    let send = async {
        for f in &frames {
            client.sink.send(f.clone()).await.expect("send");
        }
    };
    let recv = async {
        for (k, f) in frames.iter().enumerate() {
            let got = server.stream.next().await.expect("stream ended").expect("frame");
            assert!(got == f, "frame {k} of {} bytes differs (got {} bytes)", f.len(), got.len());
        }
    };
    within(async { futures::join!(send, recv) }).await;
}

pub(crate) async fn frame_over_own_limit_is_refused_and_conn_stays_usable<T: Transport>(t: T) {
    let limit = 1024;
    let (mut client, mut server) = pair(&t, limit, limit).await;
    let err = within(client.sink.send(Bytes::from(vec![0; limit + 1]))).await.unwrap_err();
    assert!(
        matches!(err, TransportError::FrameTooLarge { size, limit: l } if size == limit as u64 + 1 && l == limit),
        "{err}"
    );
    within(client.sink.send(Bytes::from_static(b"after"))).await.expect("send after refusal");
    assert_eq!(next_frame(&mut server).await.unwrap().unwrap(), "after");
}

pub(crate) async fn frame_over_receiver_limit_is_rejected<T: Transport>(t: T) {
    let (client_max, server_max) = (4096, 1024);
    let (mut client, mut server) = pair(&t, client_max, server_max).await;
    let sent = within(client.sink.send(Bytes::from(vec![1; server_max + 1]))).await;
    let expected = |e: &TransportError| matches!(e, TransportError::FrameTooLarge { size, limit } if *size == server_max as u64 + 1 && *limit == server_max);
    if T::STREAM {
        sent.expect("the sender's own limit allows it");
        let err = next_frame(&mut server).await.expect("an error, not the end").unwrap_err();
        assert!(expected(&err), "{err}");
        assert!(next_frame(&mut server).await.is_none(), "a broken stream ends");
    } else {
        let err = sent.unwrap_err();
        assert!(expected(&err), "{err}");
    }
}

pub(crate) async fn announced_4_gib_frame_is_rejected_without_allocating<T: Transport>(t: T) {
    if !T::STREAM {
        return; // no length prefix on the wire: nothing to forge
    }
    let (mut listener, _connector) = within(t.endpoint(DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME)).await;
    let endpoint = listener.local_endpoint();
    let raw = within(async { futures::join!(t.raw_client(&endpoint), listener.accept()) }).await;
    let (raw, server) = raw;
    let mut raw = raw.expect("stream transports provide a raw client");
    let mut server = server.expect("accept");
    let mut head = u32::MAX.to_le_bytes().to_vec();
    head.extend_from_slice(b"some body bytes");
    within(async {
        raw.write_all(&head).await?;
        raw.flush().await
    })
    .await
    .expect("raw write");
    let err = next_frame(&mut server).await.expect("an error, not the end").unwrap_err();
    assert!(
        matches!(err, TransportError::FrameTooLarge { size, limit } if size == u64::from(u32::MAX) && limit == DEFAULT_MAX_FRAME),
        "{err}"
    );
    drop(raw);
}

pub(crate) async fn peer_loss_ends_the_stream_and_fails_the_sink<T: Transport>(t: T) {
    let (client, mut server) = pair(&t, DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME).await;
    drop(client);
    match next_frame(&mut server).await {
        None | Some(Err(_)) => {}
        Some(Ok(f)) => panic!("unexpected frame of {} bytes", f.len()),
    }
    // Writes to a lost peer fail after at most a few round trips (TCP learns from an RST).
    let mut failed = false;
    for _ in 0..200 {
        if within(server.sink.send(Bytes::from_static(b"anyone?"))).await.is_err() {
            failed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    assert!(failed, "the sink kept accepting frames for a lost peer");
}

async fn send_interleaved(sink: &mut FrameSink) {
    for i in 0..MANY {
        sink.feed(numbered(i)).await.expect("feed");
        if i % 16 == 15 {
            sink.flush().await.expect("flush");
        }
    }
    sink.flush().await.expect("flush");
}

async fn recv_interleaved(stream: &mut FrameStream) {
    for i in 0..MANY {
        let frame = stream.next().await.expect("stream ended").expect("frame");
        assert_eq!(frame, numbered(i), "frame {i}");
    }
}

pub(crate) async fn frames_in_flight_both_ways_at_once<T: Transport>(t: T) {
    let (mut client, mut server) = pair(&t, DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME).await;
    let (client_tx, client_rx) = (&mut client.sink, &mut client.stream);
    let (server_tx, server_rx) = (&mut server.sink, &mut server.stream);
    within(async {
        futures::join!(
            send_interleaved(client_tx),
            send_interleaved(server_tx),
            recv_interleaved(client_rx),
            recv_interleaved(server_rx)
        )
    })
    .await;
}

pub(crate) async fn zero_length_frames_are_frames<T: Transport>(t: T) {
    let (mut client, mut server) = pair(&t, DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME).await;
    let frames = [&b""[..], b"", b"x", b"", b"yz", b""];
    within(async {
        for f in frames {
            client.sink.feed(Bytes::from_static(f)).await.expect("feed");
        }
        client.sink.flush().await.expect("flush");
    })
    .await;
    for f in frames {
        assert_eq!(next_frame(&mut server).await.unwrap().unwrap(), f);
    }
    drop(client);
    let end = next_frame(&mut server).await;
    assert!(matches!(end, None | Some(Err(TransportError::Closed))), "{end:?}");
}

pub(crate) async fn listener_accepts_many_clients<T: Transport>(t: T) {
    const CLIENTS: u32 = 8;
    let (mut listener, connector) = within(t.endpoint(DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME)).await;
    let mut clients = Vec::new();
    for i in 0..CLIENTS {
        let (client, server) =
            within(async { futures::join!(connector.connect(), listener.accept()) }).await;
        let (mut client, mut server) = (client.expect("connect"), server.expect("accept"));
        within(client.sink.send(numbered(i))).await.expect("send");
        assert_eq!(next_frame(&mut server).await.unwrap().unwrap(), numbered(i));
        within(server.sink.send(numbered(i + 100))).await.expect("reply");
        clients.push((client, server));
    }
    for (i, (client, _server)) in clients.iter_mut().enumerate() {
        let i = u32::try_from(i).unwrap();
        assert_eq!(next_frame(client).await.unwrap().unwrap(), numbered(i + 100));
    }
}

/// Instantiates every check for one transport.
macro_rules! conformance {
    ($module:ident, $transport:expr) => {
        mod $module {
            #[allow(unused_imports)]
            use super::*;

            conformance!(@checks $transport;
                frames_arrive_in_order,
                frames_up_to_the_limit_pass,
                frame_over_own_limit_is_refused_and_conn_stays_usable,
                frame_over_receiver_limit_is_rejected,
                announced_4_gib_frame_is_rejected_without_allocating,
                peer_loss_ends_the_stream_and_fails_the_sink,
                frames_in_flight_both_ways_at_once,
                zero_length_frames_are_frames,
                listener_accepts_many_clients,
            );
        }
    };
    (@checks $transport:expr; $($check:ident),* $(,)?) => {
        $(
            #[tokio::test]
            async fn $check() {
                super::$check($transport).await;
            }
        )*
    };
}

conformance!(channel, support::Channel);
conformance!(tcp_v4, support::Tcp("127.0.0.1:0"));
conformance!(tcp_v6, support::Tcp("[::1]:0"));
#[cfg(unix)]
conformance!(unix, support::Unix);
#[cfg(feature = "tls")]
conformance!(tls, support::Tls::new());

#[cfg(feature = "nats")]
conformance!(nats, support::Nats::new());

#[cfg(feature = "quic")]
conformance!(quic_v4, support::Quic::new("127.0.0.1:0"));
#[cfg(feature = "quic")]
conformance!(quic_v6, support::Quic::new("[::1]:0"));

#[cfg(feature = "tls")]
mod mutual_tls {
    use std::sync::Arc;

    use neorun::transport::tls::{TlsConnector, TlsListener};
    use neorun::transport::tls_config::{client_config, server_config};
    use neorun::transport::{Connector, Listener};

    use super::*;
    use crate::support::pki::Pki;

    /// A server of `pki` that demands client certificates from `pki`.
    async fn server(pki: &Pki) -> TlsListener {
        let config = server_config(pki.identity(), Some(vec![pki.ca.clone()])).unwrap();
        TlsListener::bind("127.0.0.1:0", Arc::new(config)).await.unwrap()
    }

    fn client(listener: &TlsListener, roots: &Pki, identity_from: Option<&Pki>) -> TlsConnector {
        let config = client_config(vec![roots.ca.clone()], identity_from.map(Pki::identity));
        let addr = listener.local_addr().to_string();
        TlsConnector::new(addr, "localhost", Arc::new(config.unwrap())).unwrap()
    }

    /// Connects and reads once: the client's error, from the handshake or the first read.
    async fn client_error(connector: &TlsConnector) -> TransportError {
        match within(connector.connect()).await {
            Err(e) => e,
            Ok(mut conn) => match next_frame(&mut conn).await {
                Some(Err(e)) => e,
                other => panic!("the client was not refused: {other:?}"),
            },
        }
    }

    /// A client with a certificate from `identity_from` (or none) that the server of `pki`
    /// refuses, then a good one: the listener stays usable. Returns both sides' errors.
    async fn refused_then_accepted(pki: &Pki, identity_from: Option<&Pki>) -> (String, String) {
        let mut listener = server(pki).await;
        let bad = client(&listener, pki, identity_from);
        let (client_err, server_err) =
            within(async { futures::join!(client_error(&bad), listener.accept()) }).await;
        let server_err = server_err.expect_err("the server accepted a client it must refuse");
        assert!(matches!(server_err, TransportError::Handshake(_)), "{server_err}");
        let good = client(&listener, pki, Some(pki));
        let (c, s) = within(async { futures::join!(good.connect(), listener.accept()) }).await;
        let (mut c, mut s) = (c.unwrap(), s.unwrap());
        within(c.sink.send(Bytes::from_static(b"ok"))).await.unwrap();
        assert_eq!(next_frame(&mut s).await.unwrap().unwrap(), "ok");
        (client_err.to_string(), server_err.to_string())
    }

    #[tokio::test]
    async fn client_without_certificate_is_refused() {
        let pki = Pki::new();
        let (client_err, server_err) = refused_then_accepted(&pki, None).await;
        assert!(server_err.contains("no certificates"), "{server_err}");
        assert!(client_err.contains("CertificateRequired"), "{client_err}");
    }

    #[tokio::test]
    async fn client_certificate_from_another_ca_is_refused() {
        let (pki, other) = (Pki::new(), Pki::new());
        let (client_err, server_err) = refused_then_accepted(&pki, Some(&other)).await;
        assert!(server_err.contains("UnknownIssuer"), "{server_err}");
        assert!(client_err.contains("UnknownCA"), "{client_err}");
    }

    #[tokio::test]
    async fn server_certificate_from_an_untrusted_ca_is_refused_by_the_client() {
        let (pki, other) = (Pki::new(), Pki::new());
        let mut listener = server(&pki).await;
        let connector = client(&listener, &other, Some(&pki));
        let (client, _server) =
            within(async { futures::join!(connector.connect(), listener.accept()) }).await;
        let err = client.expect_err("the client trusted an unknown server");
        assert!(
            matches!(&err, TransportError::Handshake(m) if m.contains("UnknownIssuer")),
            "{err}"
        );
    }
}

#[cfg(feature = "nats")]
mod nats_limits {
    use super::*;

    /// A frame the receiver would accept but the NATS server would not carry is refused by
    /// the sender, naming the server's `max_payload`; the connection stays usable.
    #[tokio::test]
    async fn frame_over_the_nats_max_payload_is_refused_by_the_sender() {
        let t = support::Nats::new();
        let (mut client, mut server) = pair(&t, DEFAULT_MAX_FRAME, DEFAULT_MAX_FRAME).await;
        let max = <support::Nats as support::Transport>::MAX_PAYLOAD;
        let err = within(client.sink.send(Bytes::from(vec![0; max + 1]))).await.unwrap_err();
        assert!(
            matches!(err, TransportError::FrameTooLarge { size, limit } if size == max as u64 + 1 && limit == max),
            "{err}"
        );
        within(client.sink.send(Bytes::from_static(b"after"))).await.expect("still usable");
        assert_eq!(next_frame(&mut server).await.unwrap().unwrap(), "after");
    }
}
