//! The driver task of a [`Connection`](super::Connection): moves frames between the core and
//! the transport, runs the core's timer, and opens a transport connection when the core asks.

use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::{SinkExt, StreamExt};

use super::now;
use super::shared::Shared;
use crate::rpc::alarm::Alarm;
use crate::rpc::outbox::Outbox;
use crate::transport::{Conn, Connector, FrameSink, FrameStream, TransportError};

/// The most frames read from the transport per lock, to batch work without starving writes.
const READ_BATCH: usize = 64;

/// Rounds of work before the driver yields to the other tasks of its runtime.
const ROUNDS: usize = 16;

/// How long a closing client waits to hand its last frames to the transport.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

enum Ended {
    /// The last handle was dropped.
    Closing,
    /// The transport or the core ended the connection, for this reason.
    Lost(String),
}

fn closing(shared: &Shared) -> bool {
    shared.handles.load(Ordering::Acquire) == 0
}

/// A seed for the core's backoff jitter, from the process's random hasher keys and the
/// clock: jitter needs spread, not quality.
pub(super) fn seed() -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u128(std::time::SystemTime::UNIX_EPOCH.elapsed().unwrap_or_default().as_nanos());
    h.finish()
}

/// Drives `first`, then (with a connector) the connections the core asks for, until the last
/// handle is dropped or the core is closed. The core already knows `first` is open.
pub(super) async fn run(shared: Arc<Shared>, first: Conn, connector: Option<Arc<dyn Connector>>) {
    let peer = shared.peer.as_str();
    let mut conn = first;
    loop {
        let ended = drive(&shared, conn.sink, conn.stream).await;
        {
            let mut g = shared.lock();
            match &ended {
                Ended::Closing => {
                    g.core.close("client closed");
                    g.core.connection_lost("client closed");
                }
                Ended::Lost(reason) => {
                    tracing::info!(peer, "rpc connection lost: {reason}");
                    g.core.connection_lost(reason);
                }
            }
            g.process_events(peer);
            if g.core.is_closed() {
                return;
            }
        }
        let Some(connector) = &connector else { return };
        match connect(&shared, connector.as_ref()).await {
            Some(c) => {
                tracing::info!(peer, "rpc connection re-established");
                conn = c;
            }
            None => return,
        }
    }
}

type Attempt<'a> = Pin<
    Box<
        dyn Future<Output = Result<Result<Conn, TransportError>, tokio::time::error::Elapsed>>
            + Send
            + 'a,
    >,
>;

/// While disconnected: runs the core's timer (queued calls expire, the backoff passes) and
/// makes each connection attempt the core asks for, until one succeeds (`Some`, the core
/// told) or the core is closed or the last handle dropped (`None`).
async fn connect(shared: &Shared, connector: &dyn Connector) -> Option<Conn> {
    let peer = shared.peer.as_str();
    let mut alarm = Alarm::default();
    let mut attempt: Option<Attempt<'_>> = None;
    let mut due = false;
    futures::future::poll_fn(|cx| {
        loop {
            shared.bell.answer(cx);
            let outcome = match &mut attempt {
                Some(a) => match a.as_mut().poll(cx) {
                    Poll::Ready(r) => {
                        attempt = None;
                        Some(r)
                    }
                    Poll::Pending => None,
                },
                None => None,
            };
            let mut g = shared.lock();
            if closing(shared) {
                g.core.close("client closed");
                g.process_events(peer);
                return Poll::Ready(None);
            }
            if std::mem::take(&mut due) {
                g.core.handle_timeout(now());
            }
            match outcome {
                Some(Ok(Ok(conn))) => {
                    g.connect = false;
                    g.core.connection_opened(now());
                    g.process_events(peer);
                    return Poll::Ready(Some(conn));
                }
                Some(Ok(Err(e))) => {
                    tracing::debug!(peer, "reconnect failed: {e}");
                    g.core.connect_failed(now(), &e.to_string());
                }
                Some(Err(_)) => {
                    tracing::debug!(peer, "reconnect timed out");
                    g.core.connect_failed(now(), "connect timed out");
                }
                None => {}
            }
            g.process_events(peer);
            if g.core.is_closed() {
                return Poll::Ready(None);
            }
            if std::mem::take(&mut g.connect) {
                let timeout = shared.config.connect_timeout;
                attempt = Some(Box::pin(tokio::time::timeout(timeout, connector.connect())));
                continue;
            }
            alarm.want(g.core.poll_timeout());
            g.alarm_at = alarm.armed();
            drop(g);
            if alarm.poll(cx).is_ready() {
                due = true;
                continue;
            }
            if !shared.bell.answer(cx) {
                return Poll::Pending;
            }
        }
    })
    .await
}

/// Drives one transport connection until it ends. The sink is shared with the callers (see
/// [`Shared::flush`]); writing never blocks reading (see [`Outbox`]).
async fn drive(shared: &Shared, sink: FrameSink, mut stream: FrameStream) -> Ended {
    {
        let mut w = shared.writer();
        w.sink = Some(sink);
        w.outbox = Outbox::default();
        w.failed = None;
    }
    shared.lock().disconnect = None;
    let mut alarm = Alarm::default();
    let ended =
        futures::future::poll_fn(|cx| poll_drive(shared, &mut stream, &mut alarm, cx)).await;
    let (sink, mut outbox) = {
        let mut w = shared.writer();
        (w.sink.take(), std::mem::take(&mut w.outbox))
    };
    if let (Ended::Closing, Some(mut sink)) = (&ended, sink) {
        {
            let mut g = shared.lock();
            g.core.close("client closed");
            while let Some(b) = g.core.poll_transmit() {
                outbox.push(b);
            }
        }
        let _ = tokio::time::timeout(CLOSE_GRACE, async {
            let _ = outbox.write_all(&mut sink).await;
            let _ = sink.close().await;
        })
        .await;
    }
    ended
}

/// One wake-up of the driver: reads what the server sent (completing callers), hands the
/// core's frames to the transport, and sets the timer for the core's next timeout.
fn poll_drive(
    shared: &Shared,
    stream: &mut FrameStream,
    alarm: &mut Alarm,
    cx: &mut Context<'_>,
) -> Poll<Ended> {
    let peer = shared.peer.as_str();
    // Backpressure: no reading while the server leaves our frames unread past the budget
    // (a write that makes progress wakes this task).
    let mut saturated = shared.writer().outbox.bytes() >= shared.config.send_budget;
    for _ in 0..ROUNDS {
        if closing(shared) {
            return Poll::Ready(Ended::Closing);
        }
        shared.bell.answer(cx);
        let mut again = false;
        // Deadlines before replies: a call past its deadline fails as such even when the
        // server's deadline reply is already here.
        if alarm.poll(cx).is_ready() {
            shared.lock().core.handle_timeout(now());
            again = true;
        }
        // Then read: a reply completes its caller at once.
        let mut t = None;
        for n in 0..READ_BATCH {
            if saturated {
                break;
            }
            let f = match stream.poll_next_unpin(cx) {
                Poll::Ready(Some(Ok(b))) => b,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Ended::Lost(e.to_string())),
                Poll::Ready(None) => {
                    return Poll::Ready(Ended::Lost("closed by the server".into()));
                }
                Poll::Pending => break,
            };
            let t = *t.get_or_insert_with(now);
            shared.lock().core.handle_frame(t, &f);
            again |= n + 1 == READ_BATCH;
        }
        {
            let mut w = shared.writer();
            {
                let mut g = shared.lock();
                g.process_events(peer);
                while let Some(b) = g.core.poll_transmit() {
                    w.outbox.push(b);
                }
                if let Some(reason) = g.disconnect.take() {
                    return Poll::Ready(Ended::Lost(reason));
                }
                alarm.want(g.core.poll_timeout());
                g.alarm_at = alarm.armed();
            };
            if let Some(e) = w.failed.take() {
                return Poll::Ready(Ended::Lost(e.to_string()));
            }
            let w = &mut *w;
            if let Some(sink) = &mut w.sink
                && !w.outbox.is_idle()
                && let Poll::Ready(Err(e)) = w.outbox.poll_write(sink, cx)
            {
                return Poll::Ready(Ended::Lost(e.to_string()));
            }
            let was = saturated;
            saturated = w.outbox.bytes() >= shared.config.send_budget;
            again |= was && !saturated;
        }
        // Rung while this round ran: look again.
        again |= shared.bell.answer(cx);
        if !again {
            return Poll::Pending;
        }
    }
    cx.waker().wake_by_ref();
    Poll::Pending
}
