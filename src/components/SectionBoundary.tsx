import { Component, type ReactNode } from "react";
import { ErrorNotice } from "./ErrorNotice";

interface Props {
  /** What the reader calls the view ("map", "rankings"); the title reads right for one or many. */
  name: string;
  children: ReactNode;
}

/** Keeps a crash in one view from blanking the page: the view shows a named message instead. */
export class SectionBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error)
      return (
        <ErrorNotice
          title={`The ${this.props.name} could not be shown.`}
          messages={[this.state.error.message || "An unexpected problem occurred."]}
          onRetry={() => this.setState({ error: null })}
        />
      );
    return this.props.children;
  }
}
