//! A count of the frame bytes the sending side copies (call arguments into a frame, a frame
//! into a transport's write buffer), kept only with the `copy-stats` feature: the call-path
//! benchmark reads it to report bytes copied per call. Without the feature nothing is counted
//! and [`copied`] is `None`.

#[cfg(feature = "copy-stats")]
static COPIED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Notes that `n` bytes of a frame were copied.
#[inline(always)]
pub(crate) fn note(n: usize) {
    #[cfg(feature = "copy-stats")]
    COPIED.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
    #[cfg(not(feature = "copy-stats"))]
    let _ = n;
}

/// Frame bytes copied by the sending side since the process started (every connection and
/// thread), or `None` without the `copy-stats` feature.
pub fn copied() -> Option<u64> {
    #[cfg(feature = "copy-stats")]
    return Some(COPIED.load(std::sync::atomic::Ordering::Relaxed));
    #[cfg(not(feature = "copy-stats"))]
    None
}
