//! The driver task of a [`Connection`](super::Connection): moves frames between the session
//! and the transport, expires queued calls, and reconnects.

use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::{SinkExt, StreamExt};

use super::now;
use super::shared::Shared;
use crate::rpc::alarm::Alarm;
use crate::rpc::outbox::Outbox;
use crate::rpc::session::earliest;
use crate::transport::{Conn, Connector, FrameSink, FrameStream};

/// The most frames read from the transport per lock, to batch work without starving writes.
const READ_BATCH: usize = 64;

/// Rounds of work before the driver yields to the other tasks of its runtime.
const ROUNDS: usize = 16;

/// How long a closing client waits to hand its last frames to the transport.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

enum Ended {
    /// The last handle was dropped.
    Closing,
    /// The transport or the session ended, for this reason.
    Lost(String),
}

fn closing(shared: &Shared) -> bool {
    shared.handles.load(Ordering::Acquire) == 0
}

/// Drives `first`, then (with a connector) its successors, until the last handle is dropped
/// or reconnecting gives up. The session of `first` is already open.
pub(super) async fn run(shared: Arc<Shared>, first: Conn, connector: Option<Arc<dyn Connector>>) {
    let mut conn = Some(first);
    let mut jitter = Jitter::new();
    loop {
        let c = match (conn.take(), &connector) {
            (Some(c), _) => c,
            (None, Some(k)) => match reconnect(&shared, k.as_ref(), &mut jitter).await {
                Ok(c) => {
                    shared.lock().open(now(), &shared.config);
                    shared.connections.fetch_add(1, Ordering::Relaxed);
                    tracing::info!(peer = shared.peer, "rpc connection re-established");
                    c
                }
                Err(reason) => {
                    shared.lock().close_for_good(&reason);
                    return;
                }
            },
            (None, None) => return,
        };
        shared.opened.notify_waiters();
        match drive(&shared, c.sink, c.stream).await {
            Ended::Closing => {
                shared.lock().lost("client closed", false, &shared.peer);
                return;
            }
            Ended::Lost(reason) => {
                tracing::info!(peer = shared.peer, "rpc connection lost: {reason}");
                shared.lock().lost(&reason, connector.is_some(), &shared.peer);
                if connector.is_none() {
                    return;
                }
            }
        }
    }
}

/// Awaits `fut` while failing queued calls at their deadlines; `None` once the last handle is
/// dropped.
async fn while_waiting<F: Future>(shared: &Shared, fut: F) -> Option<F::Output> {
    let mut fut = std::pin::pin!(fut);
    let mut alarm = Alarm::default();
    futures::future::poll_fn(|cx| {
        loop {
            shared.bell.answer(cx);
            let next = shared.lock().expire_queue(now());
            if closing(shared) {
                return Poll::Ready(None);
            }
            if let Poll::Ready(out) = fut.as_mut().poll(cx) {
                return Poll::Ready(Some(out));
            }
            alarm.want(next);
            let timer = alarm.poll(cx).is_ready();
            if !timer && !shared.bell.answer(cx) {
                return Poll::Pending;
            }
        }
    })
    .await
}

/// Connects again: at once, then after each failure with the configured backoff.
async fn reconnect(
    shared: &Shared,
    connector: &dyn Connector,
    jitter: &mut Jitter,
) -> Result<Conn, String> {
    let policy = shared.config.reconnect;
    let mut attempt = 0u32;
    loop {
        let connect = tokio::time::timeout(shared.config.connect_timeout, connector.connect());
        let error = match while_waiting(shared, connect).await {
            None => return Err("client closed".into()),
            Some(Ok(Ok(conn))) => return Ok(conn),
            Some(Ok(Err(e))) => e.to_string(),
            Some(Err(_)) => "connect timed out".to_owned(),
        };
        attempt += 1;
        if policy.max_attempts.is_some_and(|max| attempt >= max) {
            return Err(format!("gave up reconnecting after {attempt} attempts: {error}"));
        }
        let delay = policy.delay(attempt - 1, jitter.unit());
        tracing::debug!(peer = shared.peer, attempt, ?delay, "reconnect failed: {error}");
        if while_waiting(shared, tokio::time::sleep(delay)).await.is_none() {
            return Err("client closed".into());
        }
    }
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
            g.session.close("client closed");
            while let Some(b) = g.session.poll_transmit() {
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
/// session's frames to the transport, and sets the timer for the session's next timeout.
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
            shared.lock().session.handle_timeout(now());
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
            let mut g = shared.lock();
            g.session.handle_frame(t, &f);
            if g.session.is_closed() {
                break;
            }
            again |= n + 1 == READ_BATCH;
        }
        {
            let mut w = shared.writer();
            {
                let mut g = shared.lock();
                // Events first: a welcome or a completion may let queued calls go.
                g.process_events(peer);
                let queued = if g.queue.is_empty() {
                    None
                } else {
                    let t = now();
                    let next = g.expire_queue(t);
                    g.promote(t, &shared.config);
                    next
                };
                while let Some(b) = g.session.poll_transmit() {
                    w.outbox.push(b);
                }
                if g.session.is_closed() {
                    return Poll::Ready(Ended::Lost(g.last_close.clone()));
                }
                alarm.want(earliest(g.session.poll_timeout(), queued));
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

/// A small xorshift generator for backoff jitter, seeded from the process's random hasher
/// keys and the clock: jitter needs spread, not quality.
struct Jitter(u64);

impl Jitter {
    fn new() -> Self {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(std::time::SystemTime::UNIX_EPOCH.elapsed().unwrap_or_default().as_nanos());
        Self(h.finish() | 1)
    }

    /// A number in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rpc::session::Backoff;

    #[test]
    fn jitter_stays_in_the_unit_interval_and_varies() {
        let mut j = Jitter::new();
        let xs: Vec<f64> = (0..1000).map(|_| j.unit()).collect();
        assert!(xs.iter().all(|x| (0.0..1.0).contains(x)));
        assert!(xs.iter().any(|&x| x < 0.5) && xs.iter().any(|&x| x >= 0.5));
    }

    #[test]
    fn backoff_doubles_up_to_its_bound_and_jitter_only_shortens() {
        let b = Backoff::new(Duration::from_millis(10), Duration::from_millis(100));
        let no_jitter: Vec<u128> = (0..6).map(|n| b.delay(n, 0.0).as_millis()).collect();
        assert_eq!(no_jitter, [10, 20, 40, 80, 100, 100]);
        assert_eq!(b.delay(40, 0.0), Duration::from_millis(100), "no overflow on long outages");
        let jittered = b.delay(3, 0.999);
        assert!(jittered >= Duration::from_millis(40) && jittered <= Duration::from_millis(80));
    }
}
