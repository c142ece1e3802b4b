//! Frames waiting for the transport, written without ever blocking the reading side: a driver
//! polls [`Outbox::poll_write`] alongside its reads, so two peers that both have much to send
//! cannot deadlock on full queues.

use std::collections::VecDeque;
use std::task::{Context, Poll};

use bytes::Bytes;

use crate::transport::{FrameSink, TransportError};

/// Frames waiting for a sink, handed over one at a time as it has room.
pub(super) trait Pending {
    /// True when a frame waits.
    fn has_frame(&self) -> bool;
    /// The next frame, taken now that the sink has room for it.
    fn take_frame(&mut self) -> Option<Bytes>;
}

/// Feeds `pending`'s frames to `sink` while it accepts them, then flushes; ready when all is
/// flushed. A frame leaves `pending` only when the sink has room, so what `pending` still
/// holds is exactly what the transport has not accepted. `unflushed` remembers frames fed
/// and not yet flushed across calls.
pub(super) fn poll_feed(
    pending: &mut impl Pending,
    unflushed: &mut bool,
    sink: &mut FrameSink,
    cx: &mut Context<'_>,
) -> Poll<Result<(), TransportError>> {
    while pending.has_frame() {
        match sink.as_mut().poll_ready(cx) {
            Poll::Ready(Ok(())) => {
                if let Some(frame) = pending.take_frame() {
                    sink.as_mut().start_send(frame)?;
                    *unflushed = true;
                }
            }
            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
            // Flush what was fed so far while waiting for room.
            Poll::Pending => {
                if *unflushed && sink.as_mut().poll_flush(cx)?.is_ready() {
                    *unflushed = false;
                }
                return Poll::Pending;
            }
        }
    }
    if *unflushed {
        futures::ready!(sink.as_mut().poll_flush(cx))?;
        *unflushed = false;
    }
    Poll::Ready(Ok(()))
}

/// Frames queued for one sink; fed as the sink accepts them, then flushed once.
#[derive(Debug, Default)]
pub(super) struct Outbox {
    frames: Frames,
    unflushed: bool,
}

#[derive(Debug, Default)]
struct Frames {
    queue: VecDeque<Bytes>,
    /// Bytes of `queue`.
    bytes: usize,
}

impl Pending for Frames {
    fn has_frame(&self) -> bool {
        !self.queue.is_empty()
    }

    fn take_frame(&mut self) -> Option<Bytes> {
        let frame = self.queue.pop_front()?;
        self.bytes -= frame.len();
        Some(frame)
    }
}

impl Outbox {
    /// Queues a frame.
    pub(super) fn push(&mut self, frame: Bytes) {
        self.frames.bytes += frame.len();
        self.frames.queue.push_back(frame);
    }

    /// Bytes queued and not yet accepted by the sink.
    pub(super) fn bytes(&self) -> usize {
        self.frames.bytes
    }

    /// True when nothing waits to be fed or flushed.
    pub(super) fn is_idle(&self) -> bool {
        !self.frames.has_frame() && !self.unflushed
    }

    /// Feeds every queued frame the sink accepts, then flushes; ready when all is flushed.
    pub(super) fn poll_write(
        &mut self,
        sink: &mut FrameSink,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), TransportError>> {
        poll_feed(&mut self.frames, &mut self.unflushed, sink, cx)
    }

    /// Writes everything.
    pub(super) async fn write_all(&mut self, sink: &mut FrameSink) -> Result<(), TransportError> {
        futures::future::poll_fn(|cx| self.poll_write(sink, cx)).await
    }
}
