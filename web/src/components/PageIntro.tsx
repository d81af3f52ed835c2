export function PageIntro({ title, intro }: { title: string; intro: string }) {
  return (
    <div className="page-intro">
      <h1 id="page-title" tabIndex={-1}>
        {title}
      </h1>
      <p className="muted">{intro}</p>
    </div>
  );
}
