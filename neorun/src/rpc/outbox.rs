//! Frames waiting for the transport, written without ever blocking the reading side: a driver
//! polls [`Outbox::poll_write`] alongside its reads, so two peers that both have much to send
//! cannot deadlock on full queues.

use std::collections::VecDeque;
use std::task::{Context, Poll};

use bytes::Bytes;

use crate::transport::{FrameSink, TransportError};

/// Frames queued for one sink; fed as the sink accepts them, then flushed once.
#[derive(Debug, Default)]
pub(super) struct Outbox {
    frames: VecDeque<Bytes>,
    /// Bytes of `frames`.
    bytes: usize,
    unflushed: bool,
}

impl Outbox {
    /// Queues a frame.
    pub(super) fn push(&mut self, frame: Bytes) {
        self.bytes += frame.len();
        self.frames.push_back(frame);
    }

    /// Bytes queued and not yet accepted by the sink.
    pub(super) fn bytes(&self) -> usize {
        self.bytes
    }

    /// True when nothing waits to be fed or flushed.
    pub(super) fn is_idle(&self) -> bool {
        self.frames.is_empty() && !self.unflushed
    }

    /// Feeds every queued frame the sink accepts, then flushes; ready when all is flushed.
    pub(super) fn poll_write(
        &mut self,
        sink: &mut FrameSink,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), TransportError>> {
        while !self.frames.is_empty() {
            match sink.as_mut().poll_ready(cx) {
                Poll::Ready(Ok(())) => {
                    if let Some(frame) = self.frames.pop_front() {
                        self.bytes -= frame.len();
                        sink.as_mut().start_send(frame)?;
                        self.unflushed = true;
                    }
                }
                Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                // Flush what was fed so far while waiting for room.
                Poll::Pending => {
                    if self.unflushed && sink.as_mut().poll_flush(cx)?.is_ready() {
                        self.unflushed = false;
                    }
                    return Poll::Pending;
                }
            }
        }
        if self.unflushed {
            futures::ready!(sink.as_mut().poll_flush(cx))?;
            self.unflushed = false;
        }
        Poll::Ready(Ok(()))
    }

    /// Writes everything.
    pub(super) async fn write_all(&mut self, sink: &mut FrameSink) -> Result<(), TransportError> {
        futures::future::poll_fn(|cx| self.poll_write(sink, cx)).await
    }
}
