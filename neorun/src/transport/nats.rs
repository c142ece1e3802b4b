//! NATS transport (`async-nats`): a message transport, one frame per NATS message, under
//! neorun's own framing, limits and protocol.
//!
//! Servers of one name share a queue group, so many processes can serve one interface name and
//! a client's new connections go to whichever is alive:
//!
//! 1. A [`NatsListener`] named `kv` subscribes to `neorun.kv.connect` in queue group
//!    `neorun.kv`.
//! 2. [`NatsConnector::connect`] subscribes to a fresh inbox subject of its own and sends a
//!    request to `neorun.kv.connect` carrying `v1 <its subject> <its max_frame>`; NATS hands the
//!    request to one member of the group.
//! 3. That server subscribes to a fresh subject for this connection and answers
//!    `v1 <server subject> <server max_frame>`.
//! 4. From then on each side publishes frames to the other's subject and reads its own
//!    subscription. NATS keeps the order of one publisher's messages to one subscriber.
//!
//! Limits: a sender refuses a frame over `min(peer's max_frame, the NATS server's
//! max_payload)` with [`TransportError::FrameTooLarge`] (the connection stays usable); a
//! receiver refuses a message over its own `max_frame` and ends the stream. NATS never carries
//! a larger message than `max_payload` (1 MiB by default), so nothing is allocated beyond it.
//!
//! Peer loss: closing or dropping a side publishes a `close` control message (a message with
//! the header `Neorun-Control: close`; frames carry no headers), which ends the peer's stream
//! and fails its sink. A peer that vanishes without it (a killed process) is detected by the
//! RPC layer's keepalive (client) and idle timeout (server).

use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

pub use async_nats;
use async_nats::{Client, HeaderMap, Message, Subscriber};
use bytes::Bytes;
use futures::future::BoxFuture;
use futures::{FutureExt, Sink, StreamExt};

use super::{Conn, Connector, DEFAULT_MAX_FRAME, Intake, Listener, TransportError};

/// The header that marks a control message.
pub const CONTROL_HEADER: &str = "Neorun-Control";

/// The subject servers named `name` listen on.
pub fn connect_subject(name: &str) -> String {
    format!("neorun.{name}.connect")
}

/// The queue group of servers named `name`.
pub fn queue_group(name: &str) -> String {
    format!("neorun.{name}")
}

fn nats_error(e: impl std::fmt::Display) -> TransportError {
    TransportError::Other(format!("nats: {e}"))
}

/// `v1 <subject> <max_frame>`.
fn hello(subject: &str, max_frame: usize) -> Bytes {
    Bytes::from(format!("v1 {subject} {max_frame}"))
}

fn parse_hello(payload: &[u8]) -> Option<(String, usize)> {
    let text = std::str::from_utf8(payload).ok()?;
    let mut parts = text.split(' ');
    let (v, subject, max) = (parts.next()?, parts.next()?, parts.next()?);
    let valid = v == "v1"
        && parts.next().is_none()
        && !subject.is_empty()
        && subject.len() <= 256
        && subject.bytes().all(|b| b.is_ascii_graphic() && b != b'*' && b != b'>');
    valid.then_some(())?;
    Some((subject.to_owned(), max.parse().ok()?))
}

/// Builds one side of a connection: publishes to `peer_subject`, reads `own`.
fn conn(
    client: Client,
    own: Subscriber,
    peer_subject: String,
    peer_max_frame: usize,
    max_frame: usize,
    peer: String,
) -> Conn {
    let closed = Arc::new(AtomicBool::new(false));
    let limit = peer_max_frame.min(client.server_info().max_payload);
    let sink = NatsSink {
        client,
        subject: peer_subject,
        limit,
        closed: closed.clone(),
        sent_close: false,
        pending: None,
    };
    let stream = own.scan(false, move |ended, msg: Message| {
        let item = if *ended {
            None
        } else if is_close(&msg) {
            closed.store(true, Ordering::Release);
            None
        } else if msg.payload.len() > max_frame {
            let size = msg.payload.len() as u64;
            Some(Err(TransportError::FrameTooLarge { size, limit: max_frame }))
        } else {
            Some(Ok(msg.payload))
        };
        *ended = !matches!(item, Some(Ok(_)));
        futures::future::ready(item)
    });
    Conn {
        sink: Box::pin(sink),
        stream: Box::pin(stream),
        peer,
        peer_identity: None,
        intake: Intake::default(),
    }
}

fn is_close(msg: &Message) -> bool {
    msg.headers.as_ref().and_then(|h| h.get(CONTROL_HEADER)).is_some_and(|v| v.as_str() == "close")
}

fn close_message() -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(CONTROL_HEADER, "close");
    h
}

/// Publishes the `close` control message and flushes it: the client may be the last handle
/// of its NATS connection, which does not flush what is queued when it goes away.
async fn send_close(client: &Client, subject: String) -> Result<(), TransportError> {
    client
        .publish_with_headers(subject, close_message(), Bytes::new())
        .await
        .map_err(nats_error)?;
    client.flush().await.map_err(nats_error)
}

type Publish = BoxFuture<'static, Result<(), TransportError>>;

/// The sending half: one publish at a time; `close` (or drop) tells the peer.
struct NatsSink {
    client: Client,
    subject: String,
    limit: usize,
    closed: Arc<AtomicBool>,
    sent_close: bool,
    pending: Option<Publish>,
}

impl NatsSink {
    fn poll_pending(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), TransportError>> {
        if let Some(p) = self.pending.as_mut() {
            let r = futures::ready!(p.as_mut().poll(cx));
            self.pending = None;
            r?;
        }
        Poll::Ready(Ok(()))
    }
}

impl Sink<Bytes> for NatsSink {
    type Error = TransportError;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        if self.closed.load(Ordering::Acquire) || self.sent_close {
            return Poll::Ready(Err(TransportError::Closed));
        }
        self.poll_pending(cx)
    }

    fn start_send(mut self: Pin<&mut Self>, frame: Bytes) -> Result<(), Self::Error> {
        if frame.len() > self.limit {
            return Err(TransportError::FrameTooLarge {
                size: frame.len() as u64,
                limit: self.limit,
            });
        }
        let (client, subject) = (self.client.clone(), self.subject.clone());
        self.pending =
            Some(async move { client.publish(subject, frame).await.map_err(nats_error) }.boxed());
        Ok(())
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.poll_pending(cx)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        futures::ready!(self.poll_pending(cx))?;
        if !self.sent_close {
            self.sent_close = true;
            let (client, subject) = (self.client.clone(), self.subject.clone());
            self.pending = Some(async move { send_close(&client, subject).await }.boxed());
            futures::ready!(self.poll_pending(cx))?;
        }
        Poll::Ready(Ok(()))
    }
}

impl Drop for NatsSink {
    /// A side dropped without `close` still tells its peer, when a runtime is there to do it.
    fn drop(&mut self) {
        if self.sent_close || self.closed.load(Ordering::Acquire) {
            return;
        }
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            let (client, subject) = (self.client.clone(), std::mem::take(&mut self.subject));
            rt.spawn(async move {
                let _ = send_close(&client, subject).await;
            });
        }
    }
}

/// Connects to the servers named `name` on a NATS cluster.
#[derive(Debug, Clone)]
pub struct NatsConnector {
    client: Client,
    name: String,
    max_frame: usize,
}

impl NatsConnector {
    /// A connector to the servers of `name`, through `client`, with frames of at most
    /// [`DEFAULT_MAX_FRAME`] (and the NATS server's `max_payload`).
    pub fn new(client: Client, name: impl Into<String>) -> Self {
        Self { client, name: name.into(), max_frame: DEFAULT_MAX_FRAME }
    }

    /// Sets the largest frame accepted (and announced to the server).
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }
}

impl Connector for NatsConnector {
    /// Sends the connect request. Fails at once with the NATS client's "no responders" error
    /// when no server of the name is listening.
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            let own = self.client.new_inbox();
            let sub = self.client.subscribe(own.clone()).await.map_err(nats_error)?;
            let request = hello(&own, self.max_frame);
            let answer = self
                .client
                .request(connect_subject(&self.name), request)
                .await
                .map_err(|e| TransportError::Io(std::io::Error::other(format!("nats: {e}"))))?;
            let (peer_subject, peer_max) = parse_hello(&answer.payload).ok_or_else(|| {
                TransportError::Handshake("nats: malformed answer to the connect request".into())
            })?;
            let peer = self.endpoint();
            Ok(conn(self.client.clone(), sub, peer_subject, peer_max, self.max_frame, peer))
        }
        .boxed()
    }

    fn endpoint(&self) -> String {
        format!("nats://{}", self.name)
    }
}

/// Accepts connections for the servers named `name`; every listener of that name is in one
/// queue group, so each connect request reaches exactly one of them.
#[derive(Debug)]
pub struct NatsListener {
    client: Client,
    name: String,
    requests: Subscriber,
    max_frame: usize,
}

impl NatsListener {
    /// Starts listening as a server named `name`.
    ///
    /// # Errors
    /// The NATS client cannot subscribe.
    pub async fn bind(client: Client, name: impl Into<String>) -> Result<Self, TransportError> {
        let name = name.into();
        let requests = client
            .queue_subscribe(connect_subject(&name), queue_group(&name))
            .await
            .map_err(nats_error)?;
        Ok(Self { client, name, requests, max_frame: DEFAULT_MAX_FRAME })
    }

    /// Sets the largest frame accepted (and announced to clients).
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }
}

impl Listener for NatsListener {
    /// Waits for the next well-formed connect request; malformed ones are ignored.
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            loop {
                let msg = self.requests.next().await.ok_or(TransportError::Closed)?;
                let Some(reply) = msg.reply.clone() else { continue };
                let Some((peer_subject, peer_max)) = parse_hello(&msg.payload) else {
                    tracing::debug!(name = self.name, "ignoring a malformed nats connect request");
                    continue;
                };
                let own = self.client.new_inbox();
                let sub = self.client.subscribe(own.clone()).await.map_err(nats_error)?;
                self.client
                    .publish(reply, hello(&own, self.max_frame))
                    .await
                    .map_err(nats_error)?;
                let peer = format!("nats://{}/{peer_subject}", self.name);
                return Ok(conn(
                    self.client.clone(),
                    sub,
                    peer_subject,
                    peer_max,
                    self.max_frame,
                    peer,
                ));
            }
        }
        .boxed()
    }

    fn local_endpoint(&self) -> String {
        format!("nats://{}", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_payloads_round_trip_and_reject_bad_subjects() {
        assert_eq!(parse_hello(&hello("_INBOX.abc", 1024)), Some(("_INBOX.abc".into(), 1024)));
        for bad in ["", "v1", "v1 a", "v2 a 1", "v1 a b", "v1 a.* 1", "v1 a.> 1", "v1 a 1 x"] {
            assert_eq!(parse_hello(bad.as_bytes()), None, "{bad:?}");
        }
        assert_eq!(parse_hello(&[0xff, 0xfe]), None);
    }
}
