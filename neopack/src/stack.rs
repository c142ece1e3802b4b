//! The decoder's stack of open containers.

use alloc::vec::Vec;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum FrameKind {
    #[default]
    List,
    Record,
    /// The payload of a variant, `some`, `ok` or `err`.
    Slot,
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Frame {
    pub(crate) kind: FrameKind,
    /// Bit `t` is set for every tag `t` (modulo 32) read in this container: a list's elements
    /// share one tag exactly when one bit is set. One `or` per value.
    pub(crate) tags: u32,
    pub(crate) remaining: u32,
    /// Offset of the container's tag.
    pub(crate) start: usize,
    /// Offset just past the container's body (the parent's for a slot).
    pub(crate) end: usize,
}

const INLINE: usize = 8;

/// The stack of open containers: a few inline, the rest spilled, so a shallow message decodes
/// without allocating.
#[derive(Clone, Debug, Default)]
pub(crate) struct Stack {
    inline: [Frame; INLINE],
    pub(crate) len: usize,
    spill: Vec<Frame>,
}

impl Stack {
    #[inline(always)]
    pub(crate) fn top_mut(&mut self) -> Option<&mut Frame> {
        // An empty stack wraps to `usize::MAX` and finds the spill empty too: one compare.
        let i = self.len.wrapping_sub(1);
        if i < INLINE { Some(&mut self.inline[i]) } else { self.spill.last_mut() }
    }
    #[inline]
    pub(crate) fn push(&mut self, f: Frame) {
        if self.len < INLINE {
            self.inline[self.len] = f;
        } else {
            self.spill.push(f);
        }
        self.len += 1;
    }
    #[inline]
    pub(crate) fn pop(&mut self) {
        if self.len > INLINE {
            self.spill.pop();
        }
        self.len -= 1;
    }
}
