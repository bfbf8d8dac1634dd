/** Every exercise says it plainly: the answers are in the open data, so this is practice, not a graded test. */
export function PracticeNote() {
  return (
    <p className="practice-note">
      For practice, not for graded tests: the answers are public, since the dataset is open and every event links to its
      sources.
    </p>
  );
}
