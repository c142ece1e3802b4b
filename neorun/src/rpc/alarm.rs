//! One tokio timer per driver, re-armed only when a session wants to wake up earlier than it
//! is set for.
//!
//! A session's next timeout moves with every call (a deadline per call, keepalive and idle
//! timeouts counted from the last frame), almost always later. Resetting a tokio timer costs a
//! lock and a timer-wheel update, so the alarm keeps the instant it is armed for and moves it
//! only earlier: a wake-up that comes too early finds nothing due, and the driver arms the
//! alarm again for what is then the earliest.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use tokio::time::Sleep;

/// A driver's timer: [`want`](Alarm::want) the next timeout, [`poll`](Alarm::poll) it.
#[derive(Debug, Default)]
pub(super) struct Alarm {
    sleep: Option<Pin<Box<Sleep>>>,
    /// The instant the timer is set for, while it is set.
    armed: Option<Instant>,
}

impl Alarm {
    /// Asks for a wake-up at `at` at the latest; `None` asks for none (a timer already set
    /// stays set: an early wake-up is harmless).
    pub(super) fn want(&mut self, at: Option<Instant>) {
        let Some(at) = at else { return };
        if self.armed.is_some_and(|armed| armed <= at) {
            return;
        }
        self.armed = Some(at);
        match &mut self.sleep {
            Some(sleep) => sleep.as_mut().reset(at.into()),
            None => self.sleep = Some(Box::pin(tokio::time::sleep_until(at.into()))),
        }
    }

    /// The instant the timer is set for, while it is set.
    pub(super) fn armed(&self) -> Option<Instant> {
        self.armed
    }

    /// Ready once when the instant it is set for has come; the alarm is then unset.
    pub(super) fn poll(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        match (&mut self.sleep, self.armed) {
            (Some(sleep), Some(_)) => {
                futures::ready!(sleep.as_mut().poll(cx));
                self.armed = None;
                Poll::Ready(())
            }
            _ => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn poll_now(alarm: &mut Alarm) -> bool {
        let mut cx = Context::from_waker(std::task::Waker::noop());
        alarm.poll(&mut cx).is_ready()
    }

    #[tokio::test]
    async fn fires_once_at_the_earliest_instant_wanted() {
        let t0 = Instant::now();
        let mut alarm = Alarm::default();
        assert!(!poll_now(&mut alarm), "an alarm never set never fires");
        alarm.want(Some(t0 + Duration::from_millis(600)));
        alarm.want(Some(t0 + Duration::from_millis(200)));
        alarm.want(Some(t0 + Duration::from_millis(900)));
        alarm.want(None);
        assert_eq!(alarm.armed, Some(t0 + Duration::from_millis(200)), "only earlier moves it");
        assert!(!poll_now(&mut alarm));
        tokio::time::sleep_until((t0 + Duration::from_millis(250)).into()).await;
        assert!(poll_now(&mut alarm));
        assert!(!poll_now(&mut alarm), "fires once");
        alarm.want(Some(t0 + Duration::from_millis(300)));
        tokio::time::sleep_until((t0 + Duration::from_millis(350)).into()).await;
        assert!(poll_now(&mut alarm), "set again after firing, later than before");
    }
}
