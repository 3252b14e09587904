import type { ButtonHTMLAttributes, Ref } from 'react';

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'default' | 'primary' | 'ghost'; ref?: Ref<HTMLButtonElement> };

export function Button({ variant = 'default', className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['btn', variant !== 'default' && `btn-${variant}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
